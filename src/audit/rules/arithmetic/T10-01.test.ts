import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T10_01 } from './T10-01.js';

const run = (input = consistentPackage()) => auditWith([T10_01], input);

describe('T10-01 政府采购合计等于货物、工程、服务之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T10-01 flags 政府采购合计 ≠ 货物 + 工程 + 服务', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T10', '工程', '统计数'], '1.00')), 'T10-01').failures).toMatchObject([{ expected: '9.00', actual: '8.00' }]);
  });
});
