import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T09_01 } from './T09-01.js';

const run = (input = consistentPackage()) => auditWith([T09_01], input);

describe('T09-01 “三公”经费合计等于各项之和，公务用车小计等于购置费与运行维护费之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T09-01 flags a 合计 or 公务用车 小计 that does not add up', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T09', '决算数', '公务用车购置费'], '1.00')), 'T09-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { row: '决算数', column: '公务用车购置及运行维护费' }, expected: '3.00', actual: '2.00' }]);
  });
});
