import { describe, expect, it } from 'vitest';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { changed } from '../../../../test/support/audit-fixture.js';
import { narrativeDisclosure } from '../../../../test/support/narrative.js';
import { asRelated, runAcross } from '../../../../test/support/related.js';
import { buildDisclosure } from '../../../../test/support/disclosure.js';
import { Y_03 } from './Y-03.js';

const OVERVIEW = '## 一、关于2018年度收支预算总表的说明\n';
const budget2018 = (text: string) => narrativeDisclosure({ ...jiangsuBudget(), year: 2018, text: `${OVERVIEW}${text}\n` });
/** Last year's budget: 90.00 万元 in all, 三公 3.20. */
const budget2017 = (overrides: { total?: string } = {}) => {
  let input = jiangsuBudget({ year: 2017 });
  for (const cell of [['B01', '收入总计', '金额'], ['B01', '支出总计', '金额']] as const) input = changed(input, cell, overrides.total ?? '90.00');
  return asRelated(buildDisclosure(input), 'budget-2017.pdf', 7);
};
const RISE = '2018年度收入、支出预算总计100.00万元，与上年相比收、支预算总计各增加10.00万元，增长11.11%。';

describe('Y-03 预算中的比上年增减与上年预算一致', () => {
  it('passes a change that last year’s published budget bears out', () => {
    const { findings, summary } = runAcross([Y_03], budget2018(RISE), [budget2017()]);
    expect(findings).toEqual([]);
    expect(summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('reports a change last year’s budget contradicts once, naming both documents and pointing at both', () => {
    const { findings } = runAcross([Y_03], budget2018(RISE), [budget2017({ total: '95.00' })]);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ rule: 'Y-03', severity: 'warning', expected: '增加5.00万元', actual: '增加10.00万元', related: { document: { id: 7, file: 'budget-2017.pdf', kind: '部门预算', year: 2017 } } });
    expect(finding!.message).toContain('2017年度部门预算（budget-2017.pdf）');
    expect(finding!.message).toContain('95.00万元');
    expect(finding!.sources.length).toBeGreaterThan(0);
    expect(finding!.related!.sources.length).toBeGreaterThan(0);
  });

  it('allows the rounding of three printed figures (one unit of the last digit), no more', () => {
    expect(runAcross([Y_03], budget2018(RISE), [budget2017({ total: '90.01' })]).findings).toEqual([]);
    expect(runAcross([Y_03], budget2018(RISE), [budget2017({ total: '90.02' })]).findings).toHaveLength(1);
  });

  it('checks a rate stated without an amount', () => {
    const text = '2018年度收入、支出预算总计100.00万元，与上年相比增长11.11%。';
    expect(runAcross([Y_03], budget2018(text), [budget2017()]).findings).toEqual([]);
    expect(runAcross([Y_03], budget2018(text), [budget2017({ total: '95.00' })]).findings).toMatchObject([{ rule: 'Y-03', expected: '增长5.26%' }]);
  });

  it('is not evaluable without last year’s budget, and never compares a figure last year’s budget left unread', () => {
    expect(runAcross([Y_03], budget2018(RISE), []).summary.notEvaluable).toMatchObject([{ rule: 'Y-03', reason: expect.stringContaining('2017年度的部门预算') }]);
    const unread = jiangsuBudget({ year: 2017, unread: { B01: [{ text: '90.00', row: '收入总计' }, { text: '90.00', row: '支出总计' }] } });
    const input = { ...unread, facts: unread.facts.filter((f) => !(f.table === 'B01' && (f.row === '收入总计' || f.row === '支出总计'))) };
    const { findings, summary } = runAcross([Y_03], budget2018(RISE), [asRelated(buildDisclosure(input), 'budget-2017.pdf')]);
    expect(findings).toEqual([]);
    expect(summary.notEvaluable).toMatchObject([{ rule: 'Y-03', reason: expect.stringContaining('读取不完整') }]);
  });
});
