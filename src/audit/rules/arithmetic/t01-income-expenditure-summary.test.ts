import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_RULES } from './t01-income-expenditure-summary.js';

const run = (input = consistentPackage()) => auditWith(T01_RULES, input);

describe('公开01 rules', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 6, failed: 0, notEvaluable: 0 });
  });

  it('T01-01 flags an income total that is not the sum of the incomes', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T01', '本年收入合计', '金额'], '106.00')), 'T01-01');
    expect(failures).toMatchObject([{ severity: 'error', expected: '105.00', actual: '106.00', difference: '1.00', location: { table: 'T01', row: '本年收入合计' } }]);
  });

  it('T01-02 reports a one-cent gap over three classes as 尾差', () => {
    const { findings, failures } = ruleResult(run(changed(consistentPackage(), ['T01', '208', '金额'], '10.01')), 'T01-02');
    expect(failures).toEqual([]);
    expect(findings[0]?.message).toContain('105.01');
  });

  it('T01-03 … T01-05 flag grand totals that do not add up or differ', () => {
    const result = run(changed(consistentPackage(), ['T01', '收入总计', '金额'], '100.00'));
    expect(ruleResult(result, 'T01-03').failures).toHaveLength(1);
    expect(ruleResult(result, 'T01-05').failures).toHaveLength(1);
    expect(ruleResult(run(changed(consistentPackage(), ['T01', '年末结转和结余', '金额'], '2.00')), 'T01-04').failures).toHaveLength(1);
  });

  it('T01-06 flags numbers on unlabelled rows of 公开01 and 公开04', () => {
    const input = changed(changed(consistentPackage(), ['T01', '行12', '金额'], '5.00'), ['T04', '行61', '合计'], '1.00');
    const { failures } = ruleResult(run(input), 'T01-06');
    expect(failures.map((f) => f.message)).toEqual(['收入支出决算总表 第12行没有项目名称，却填有数字 5.00', '财政拨款收入支出决算总表 第61行没有项目名称，却填有数字 1.00']);
  });

  it('are not evaluable without the table', () => {
    const input = consistentPackage({ tables: ['T02'] });
    expect(ruleResult(run({ ...input, facts: input.facts.filter((f) => f.table !== 'T01' && f.table !== 'T04') }), 'T01-01').notEvaluable).toBe(
      '文件中没有《收入支出决算总表》',
    );
  });
});
