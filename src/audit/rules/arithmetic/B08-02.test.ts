import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B08_02 } from './B08-02.js';

const run = (input = jiangsuBudget()) => auditWith([B08_02], input);

describe('B08-02 一般公共预算基本支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags an economic 类 that is not the sum of its 款, and 合计 ≠ Σ 类', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B08', '302', '合计'], '90')), 'B08-02');
    expect(failures.map((f) => f.location)).toEqual(
      expect.arrayContaining([
        { table: 'B08', row: '合计', column: '合计' },
        { table: 'B08', row: '302', column: '合计' },
      ]),
    );
    expect(failures).toHaveLength(2);
  });
});
