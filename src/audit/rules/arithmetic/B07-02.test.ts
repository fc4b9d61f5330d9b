import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B07_02 } from './B07-02.js';

const run = (input = jiangsuBudget()) => auditWith([B07_02], input);

describe('B07-02 一般公共预算支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a class that is not the sum of its 款', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B07', '20101', '合计'], '69.00')), 'B07-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B07', row: '201', column: '合计' });
  });
});
