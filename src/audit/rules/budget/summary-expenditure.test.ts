import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { BALANCE_RULES, SUMMARY_EXPENDITURE_RULES } from './summary-expenditure.js';

const RULES = [...SUMMARY_EXPENDITURE_RULES, ...BALANCE_RULES];
const run = (input = jiangsuBudget()) => auditWith(RULES, input);

describe('budget summary expenditure and balance', () => {
  it('pass on both regional forms', () => {
    expect(run().findings).toEqual([]);
    expect(run(shanghaiBudget()).findings).toEqual([]);
  });

  it('B01-02 flags a year’s spending that is not the sum of its classes, nor of its uses', () => {
    const classes = ruleResult(run(changed(jiangsuBudget(), ['B01', '208', '金额'], '21.00')), 'B01-02').failures;
    expect(classes).toMatchObject([{ location: { table: 'B01', row: '本年支出合计' }, expected: '101.00', actual: '100.00' }]);
    const uses = ruleResult(run(changed(jiangsuBudget(), ['B01', '单位预留机动经费', '金额'], '3.00')), 'B01-02').failures;
    expect(uses).toMatchObject([{ location: { row: '本年支出合计' }, expected: '101.00' }]);
  });

  it('B04-02 checks every budget-type column of 上海’s 财政拨款 table, and 合计 = Σ budget types on each row', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B04', '201', '一般公共预算'], '690')), 'B04-02');
    expect(failures.map((f) => [f.location, f.expected, f.actual])).toHaveLength(2);
    expect(failures.map((f) => [f.location, f.expected, f.actual])).toEqual(
      expect.arrayContaining([
        [{ table: 'B04', row: '支出总计', column: '一般公共预算' }, '990', '1000'],
        [{ table: 'B04', row: '201', column: '合计' }, '690', '700'],
      ]),
    );
  });

  it('B01-03 flags a summary whose income total is not its expenditure total', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B01', '支出总计', '金额'], '100.10')), 'B01-03');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'B01', row: '收入总计' }, expected: '100.10', actual: '100.00' }]);
  });
});
