import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T03_01 } from './T03-01.js';

const run = (input = consistentPackage()) => auditWith([T03_01], input);

describe('T03-01 支出决算表各行本年支出合计等于各项支出之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T03-01 flags a row whose 本年支出合计 is not 基本 + 项目 + …', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T03', '210', '项目支出'], '31.00')), 'T03-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { row: '210', column: '本年支出合计' }, expected: '91.00', actual: '90.00' }]);
  });
});
