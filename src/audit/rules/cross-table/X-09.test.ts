import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { X_09 } from './X-09.js';

const run = (input = consistentPackage()) => auditWith([X_09], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-09 财政拨款总表政府性基金预算财政拨款收支等于政府性基金预算财政拨款收入支出决算表', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
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
});
