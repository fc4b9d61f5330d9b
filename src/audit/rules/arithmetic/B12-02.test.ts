import { describe, expect, it } from 'vitest';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B12_02 } from './B12-02.js';

const run = (input = jiangsuBudget()) => auditWith([B12_02], input);

describe('B12-02 一般公共预算机关运行经费支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags an economic 类 that is not the sum of its 款', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B12', '30201', '合计'], '11.00')), 'B12-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B12', row: '302', column: '合计' });
  });
});
