import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { CODED_TABLE_RULES, PROCUREMENT_RULE, THREE_PUBLIC_RULE } from './coded-tables.js';

const RULES = [...CODED_TABLE_RULES, THREE_PUBLIC_RULE, PROCUREMENT_RULE];
const run = (input = jiangsuBudget()) => auditWith(RULES, input);

describe('budget tables by code, the “三公” and the procurement table', () => {
  it('pass on both regional forms', () => {
    expect(run().findings).toEqual([]);
    expect(run(shanghaiBudget()).findings).toEqual([]);
  });

  it('do not check columns a form does not print (江苏’s function tables print 金额 only)', () => {
    expect(ruleResult(run(), 'B05-01').notEvaluable).toBe('相关表中没有可核对的数据');
  });

  it('B07-01 flags 合计 ≠ 基本支出 + 项目支出 on a row', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B07', '2080505', '合计'], '301')), 'B07-01');
    expect(failures).toMatchObject([{ location: { table: 'B07', row: '2080505', column: '合计' }, expected: '300', actual: '301' }]);
  });

  it('B05-02 flags a class that is not the sum of its 款', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B05', '20101', '合计'], '69.00')), 'B05-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B05', row: '201', column: '合计' });
  });

  it('B08-02 flags an economic 类 that is not the sum of its 款, and 合计 ≠ Σ 类', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B08', '302', '合计'], '90')), 'B08-02');
    expect(failures.map((f) => f.location)).toHaveLength(2);
    expect(failures.map((f) => f.location)).toEqual(
      expect.arrayContaining([
        { table: 'B08', row: '合计', column: '合计' },
        { table: 'B08', row: '302', column: '合计' },
      ]),
    );
  });

  it('B02-02 checks 江苏’s labelled 收入预算总表 along its labels', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B02', '一般公共预算资金.专项收入', '金额'], '1.00')), 'B02-02');
    expect(failures).toMatchObject([{ location: { table: 'B02', row: '一般公共预算资金' }, expected: '101.00', actual: '100.00' }]);
  });

  it('B09-01 flags a “三公” total that is not the sum of its components, and 江苏’s total with 会议费 and 培训费', () => {
    const reception = ruleResult(run(changed(jiangsuBudget(), ['B09', '预算数', '公务接待费'], '1.50')), 'B09-01').failures;
    expect(reception.map((f) => f.location)).toEqual([{ table: 'B09', row: '预算数', column: '合计' }]);
    const training = ruleResult(run(changed(jiangsuBudget(), ['B09', '预算数', '培训费'], '0.60')), 'B09-01').failures;
    expect(training).toMatchObject([{ location: { column: '“三公”经费、会议费、培训费合计' }, expected: '4.10' }]);
  });

  it('B13-01 adds the procurement items up to their 专项, category and 合计', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B13', '服务.物业费.物业管理费.物业管理服务.分散自行组织', '金额'], '4.00')), 'B13-01');
    expect(failures).toMatchObject([{ location: { table: 'B13', row: '服务.物业费.物业管理费' }, expected: '4.00', actual: '5.00' }]);
  });
});
