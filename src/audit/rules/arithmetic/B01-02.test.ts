import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B01_02 } from './B01-02.js';

const run = (input = jiangsuBudget()) => auditWith([B01_02], input);

describe('B01-02 收支预算总表支出合计等于各功能分类、各支出用途之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a year’s spending that is not the sum of its classes, nor of its uses', () => {
    const classes = ruleResult(run(changed(jiangsuBudget(), ['B01', '208', '金额'], '21.00')), 'B01-02').failures;
    expect(classes).toMatchObject([{ location: { table: 'B01', row: '本年支出合计' }, expected: '101.00', actual: '100.00' }]);
    const uses = ruleResult(run(changed(jiangsuBudget(), ['B01', '单位预留机动经费', '金额'], '3.00')), 'B01-02').failures;
    expect(uses).toMatchObject([{ location: { row: '本年支出合计' }, expected: '101.00' }]);
  });
});
