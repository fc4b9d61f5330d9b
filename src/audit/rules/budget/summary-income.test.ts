import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { SUMMARY_INCOME_RULES } from './summary-income.js';

const run = (input = jiangsuBudget()) => auditWith(SUMMARY_INCOME_RULES, input);

describe('budget summary income', () => {
  it('pass on both regional forms', () => {
    expect(run().findings).toEqual([]);
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 2, failed: 0 });
  });

  it('B01-01 flags a 财政拨款 that is not 一般公共预算 + 政府性基金', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B01', '一般公共预算', '金额'], '90.00')), 'B01-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'B01', row: '财政拨款收入' }, expected: '90.00', actual: '100.00' }]);
  });

  it('B01-01 flags a 收入总计 that is not the year’s income plus the carry-over', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B01', '上年结转', '金额'], '5.00')), 'B01-01');
    expect(failures).toMatchObject([{ location: { row: '收入总计' }, expected: '105.00', actual: '100.00' }]);
  });

  it('B04-01 reads 上海’s total as the sum of the sources (no 本年收入合计 row)', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B04', '收入总计', '金额'], '1001')), 'B04-01');
    expect(failures).toMatchObject([{ location: { table: 'B04', row: '收入总计' }, expected: '1000', actual: '1001', tolerance: '0' }]);
  });
});
