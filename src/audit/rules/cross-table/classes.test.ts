import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { CLASS_RULES } from './classes.js';

const run = (input = consistentPackage()) => auditWith(CLASS_RULES, input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('cross-table rules per function code', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-04 compares each class, a class missing on one side with 0', () => {
    expect(failures(changed(consistentPackage(), ['T01', '210', '金额'], '90.01'), 'X-04')).toMatchObject([{ severity: 'warning', location: { row: '210' } }]);
    const found = failures(changed(consistentPackage(), ['T01', '201', '金额'], '1.00'), 'X-04');
    expect(found).toMatchObject([{ severity: 'error', location: { table: 'T01', row: '201' }, expected: '0.00', actual: '1.00' }]);
    expect(found[0]?.message).toBe('201 一般公共服务支出：支出决算表本年支出合计 空，收入支出决算总表金额 1.00，相差 1.00');
  });

  it('X-05 warns when income and spending by code differ', () => {
    expect(failures(changed(consistentPackage(), ['T02', '2101501', '本年收入合计'], '61.00'), 'X-05')).toMatchObject([{ severity: 'warning' }]);
  });

  it('X-08 flags 公开04 一般公共预算 ≠ 公开05 per class and in total', () => {
    expect(failures(changed(consistentPackage(), ['T05', '221', '小计'], '6.00'), 'X-08')).toMatchObject([{ location: { table: 'T04', row: '221' } }]);
    expect(failures(changed(consistentPackage(), ['T05', '合计', '小计'], '100.00'), 'X-08')).toMatchObject([{ location: { row: '本年支出合计' } }]);
  });

  it('X-09 ties 公开04 政府性基金 to 公开07', () => {
    const fund = { 本年收入: '2.00', 本年支出小计: '2.00', 本年支出项目支出: '2.00' };
    const base = consistentPackage();
    const withFund = {
      ...base,
      facts: [
        ...base.facts,
        ...cells('T07', { 合计: fund, '229': fund }),
        ...cells('T04', { 政府性基金预算财政拨款: { 金额: '2.00' }, '229': { 政府性基金预算财政拨款: '2.00' } }),
      ],
    };
    expect(failures(changed(withFund, ['T04', '本年支出合计', '政府性基金预算财政拨款'], '2.00'), 'X-09')).toEqual([]);
    expect(failures(withFund, 'X-09')).toMatchObject([{ location: { row: '本年支出合计', column: '政府性基金预算财政拨款' } }]);
  });

  it('X-09 compares 年初结转 only when 公开04 shows its 政府性基金 part', () => {
    const opening = changed(changed(consistentPackage(), ['T07', '合计', '年初结转和结余'], '4.00'), ['T04', '年初财政拨款结转和结余', '金额'], '4.00');
    expect(failures(opening, 'X-09')).toEqual([]);
    const split = changed(opening, ['T04', '年初财政拨款结转和结余.一般公共预算财政拨款', '金额'], '4.00');
    expect(failures(split, 'X-09')).toMatchObject([{ location: { row: '年初财政拨款结转和结余.政府性基金预算财政拨款' }, expected: '4.00', actual: '0.00' }]);
  });

  it('X-10 ties 公开04 国有资本经营 to 公开08', () => {
    expect(failures(changed(consistentPackage(), ['T08', '合计', '合计'], '1.00'), 'X-10')).toHaveLength(1);
  });

  it('X-12 flags 一般公共预算 spending above all-funds spending for a code', () => {
    const found = failures(changed(consistentPackage(), ['T05', '2101502', '项目支出'], '31.00'), 'X-12');
    expect(found).toMatchObject([{ severity: 'error', location: { table: 'T03', row: '2101502', column: '项目支出' }, expected: '30.00', actual: '31.00' }]);
  });
});
