import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T06_RULES } from './t06-basic-expenditure.js';

const run = (input = consistentPackage()) => auditWith(T06_RULES, input);

/** The two-column variant (seed 003): 金额 includes project money, 决算数 is the basic part. */
const twoColumns = () =>
  consistentPackage({
    facts: cells('T06', {
      '301': { 金额: '10.00', 决算数: '10.00' },
      '30101': { 金额: '10.00', 决算数: '10.00' },
      '303': { 金额: '30.00' },
      '30307': { 金额: '30.00' },
      人员经费合计: { 金额: '40.00', 决算数: '10.00' },
      公用经费合计: { 金额: '0.00', 决算数: '0.00' },
    }),
  });

describe('公开06 rules', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
    expect(ruleResult(run(), 'T06-05').notEvaluable).toContain('只有一栏金额');
  });

  it('T06-01 flags an economic 类 that is not the sum of its 款, with 尾差 as info', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '30201', '决算数'], '3.50')), 'T06-01').failures).toMatchObject([
      { location: { row: '302', column: '决算数' }, expected: '5.50', actual: '5.00' },
    ]);
    const tail = ruleResult(run(changed(consistentPackage(), ['T06', '30201', '决算数'], '3.01')), 'T06-01');
    expect(tail.failures).toEqual([]);
    expect(tail.findings[0]).toMatchObject({ severity: 'info', expected: '5.01' });
  });

  it('T06-02 and T06-03 flag totals that are not the sum of their classes', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '人员经费合计', '决算数'], '71.00')), 'T06-02').failures).toHaveLength(1);
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '310', '决算数'], '1.00')), 'T06-03').failures).toHaveLength(1);
  });

  it('T06-04 flags an amount on a 309/311 line', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '30902', '决算数'], '0.00')), 'T06-04').failures).toEqual([]);
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T06', '30902', '决算数'], '1.20')), 'T06-04');
    expect(failures[0]?.message).toBe('一般公共预算财政拨款基本支出决算明细表 30902 办公设备购置 填有 1.20，该科目不适用于基本支出，应为“——”');
  });

  it('T06-05 checks the basic part against 金额 in the two-column variant', () => {
    expect(run(twoColumns()).findings).toEqual([]);
    const { failures } = ruleResult(run(changed(twoColumns(), ['T06', '30101', '决算数'], '11.00')), 'T06-05');
    expect(failures).toMatchObject([{ location: { row: '30101', column: '金额' }, expected: '10.00', actual: '11.00' }]);
  });
});
