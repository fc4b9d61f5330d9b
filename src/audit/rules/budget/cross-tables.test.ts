import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { BASIC_EXPENDITURE_RULE, FISCAL_TABLES_RULE, FUNCTION_CLASSES_RULE, SUMMARY_TOTALS_RULE } from './cross-tables.js';

const RULES = [SUMMARY_TOTALS_RULE, FUNCTION_CLASSES_RULE, BASIC_EXPENDITURE_RULE, FISCAL_TABLES_RULE];
const run = (input = jiangsuBudget()) => auditWith(RULES, input);

describe('relations between the budget tables', () => {
  it('pass on both regional forms', () => {
    expect(run().findings).toEqual([]);
    expect(run(shanghaiBudget()).findings).toEqual([]);
  });

  it('BX-01 flags a 收入预算总表 or 支出预算总表 that disagrees with the 收支总表', () => {
    expect(ruleResult(run(changed(jiangsuBudget(), ['B02', '收入总计', '金额'], '99.00')), 'BX-01').failures).toMatchObject([{ location: { table: 'B01', row: '收入总计' }, actual: '100.00', expected: '99.00' }]);
    expect(ruleResult(run(changed(jiangsuBudget(), ['B03', '合计', '项目支出'], '37.00')), 'BX-01').failures).toMatchObject([{ location: { table: 'B01', row: '项目支出' } }]);
  });

  it('BX-02 flags a class whose amount differs between the 总表 and the function tables', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B03', '208', '合计'], '310')), 'BX-02');
    expect(failures).toMatchObject([{ location: { table: 'B01', row: '208' }, expected: '310', actual: '300' }]);
    const fiscal = ruleResult(run(changed(shanghaiBudget(), ['B07', '201', '合计'], '710')), 'BX-02').failures;
    expect(fiscal.map((f) => f.location)).toEqual([{ table: 'B04', row: '201', column: '一般公共预算' }]);
  });

  it('BX-03 flags economic basic spending that is not the function tables’ basic spending', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B08', '合计', '合计'], '610')), 'BX-03');
    expect(failures).toMatchObject([{ location: { table: 'B07', row: '合计', column: '基本支出' }, expected: '610', actual: '600' }]);
    const jiangsu = ruleResult(run(changed(jiangsuBudget(), ['B06', '合计', '合计'], '61.00')), 'BX-03').failures;
    expect(jiangsu.map((f) => f.location)).toEqual([{ table: 'B04', row: '基本支出', column: '合计' }]);
  });

  it('BX-04 flags 财政拨款 rows that are not the general budget plus the funds, and general-budget basic lines above 财政拨款’s', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B07', '2010102', '合计'], '21.00')), 'BX-04');
    expect(failures).toMatchObject([{ location: { table: 'B05', row: '2010102' }, expected: '21.00', actual: '20.00' }]);
    const basic = ruleResult(run(changed(jiangsuBudget(), ['B08', '30231', '合计'], '6.00')), 'BX-04').failures;
    expect(basic).toMatchObject([{ location: { table: 'B06', row: '30231' } }]);
  });
});
