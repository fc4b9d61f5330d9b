import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B01_01 } from './B01-01.js';

const run = (input = jiangsuBudget()) => auditWith([B01_01], input);

describe('B01-01 收支预算总表收入合计等于各项收入之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a 财政拨款 that is not 一般公共预算 + 政府性基金', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B01', '一般公共预算', '金额'], '90.00')), 'B01-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'B01', row: '财政拨款收入' }, expected: '90.00', actual: '100.00' }]);
  });

  it('flags a 收入总计 that is not the year’s income plus the carry-over', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B01', '上年结转', '金额'], '5.00')), 'B01-01');
    expect(failures).toMatchObject([{ location: { row: '收入总计' }, expected: '105.00', actual: '100.00' }]);
  });

  it('is not evaluable when a number of the table was not read', () => {
    const { notEvaluable, failures } = ruleResult(run({ ...jiangsuBudget(), unread: { B01: [{ text: '5.00' }] } }), 'B01-01');
    expect(failures).toEqual([]);
    expect(notEvaluable).toContain('读取不完整');
  });
});
