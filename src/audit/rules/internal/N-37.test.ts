import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_37 } from './N-37.js';

const DETAIL = '## 五、一般公共预算财政拨款支出决算情况说明\n### （三）一般公共预算财政拨款支出决算具体情况\n';
const run = (text: string, unit?: string) => runNarrative([N_37], { text: DETAIL + text, facts: [], ...(unit ? { unit } : {}) });
const flags = (text: string, unit?: string) => run(text, unit).findings.map((f) => `${f.severity} ${f.actual} → ${f.expected}`);

/** A §五(三) item as the Shanghai template prints it, soft-wrapped at the page width. */
const item = (budget: string, spent: string, rate: string, words: string) =>
  [
    '1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位',
    `基本养老保险缴费支出（项）。主要用于：行政事业单位养老保险支出。年初预算为 ${budget} 万元，支出决算为`,
    `${spent} 万元，完成年初预算的 ${rate}%。决算数${words}预算数的主要原因：年中社会保险缴费基数变更导致。`,
  ].join('\n');

describe('N-37 “大于、小于、持平、增加、减少”的表述与所列数字相符', () => {
  it('passes comparisons the figures bear out, over wrapped lines', () => {
    const { findings, summary } = run(item('452.40', '446.11', '98.61', '小于'));
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
    expect(flags('2、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 28.11 万元，支出决算为 28.11 万元，完成年初预算的 100.00%。决算数同预算数持平。')).toEqual([]);
  });

  it('reports 大于 where the figures say 小于, once for each item', () => {
    const text = [item('452.40', '446.11', '98.61', '大于'), item('226.25', '225.12', '99.50', '大于').replace('1、', '2、').replace('基本养老保险缴费', '职业年金缴费')].join('\n');
    expect(flags(text)).toEqual(['error 决算数大于预算数 → 决算数小于预算数', 'error 决算数大于预算数 → 决算数小于预算数']);
    expect(run(item('452.40', '446.11', '98.61', '大于')).findings[0]?.message).toContain('预算452.40 万元、决算446.11 万元');
  });

  it('reports 持平 over figures that differ, and reads full-width digits and 元 against 万元', () => {
    expect(flags('1、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。年初预算为１９６．４０万元，支出决算为１９６．２９万元。决算数与预算数持平。')).toEqual([
      'error 决算数与预算数持平 → 决算数小于预算数',
    ]);
    // 1.2万元 against 12,000.00元 is equal within the coarser printing: no finding.
    expect(flags('1、住房保障支出（类）住房改革支出（款）购房补贴（项）。年初预算为1.2万元，支出决算为12,000.00元。决算数等于预算数。')).toEqual([]);
    expect(flags('1、住房保障支出（类）住房改革支出（款）购房补贴（项）。年初预算为1.2万元，支出决算为13,000.00元。决算数等于预算数。')).toEqual(['error 决算数等于预算数 → 决算数大于预算数']);
  });

  it('takes the completion rate when no amounts are given, and leaves a rate that rounds to 100% alone', () => {
    const three = '## 七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出完成预算的 13.68%。2024 年度“三公”经费支出决算数大于预算数的主要原因：严格控制。';
    expect(runNarrative([N_37], { text: three, facts: [] }).findings.map((f) => f.expected)).toEqual(['决算数小于预算数']);
    expect(flags('一般公共预算财政拨款支出完成年初预算的100.00%。决算数小于预算数的主要原因：尾数。')).toEqual([]);
  });

  it('reports "与上年相同" beside a change, and a change word against the two years’ figures', () => {
    const three = '## 七、财政拨款“三公”经费支出决算情况说明\n';
    const same = runNarrative([N_37], { text: `${three}公务接待费支出0.39万元，与上年相同，减少0.15万元。`, facts: [] }).findings;
    expect(same.map((f) => `${f.actual} → ${f.expected}`)).toEqual(['与上年相同 → 比上年减少']);
    expect(runNarrative([N_37], { text: `${three}公务接待费支出0.39万元，与上年相同。`, facts: [] }).findings).toEqual([]);
    const change = (words: string) => runNarrative([N_37], { text: `${three}公务接待费支出０．３９万元，上年支出0.54万元，\n比上年${words}0.15万元。`, facts: [] }).findings;
    expect(change('减少')).toEqual([]);
    expect(change('增加').map((f) => `${f.actual} → ${f.expected}`)).toEqual(['0.15万元 → 比上年减少']);
  });

  it('takes the figures from 公开09 when the sentence gives none', () => {
    const facts = cells('T09', { 预算数: { 合计: '2.85', 公务接待费: '2.85' }, 决算数: { 合计: '0.39', 公务接待费: '0.39' } });
    const text = (words: string) => `## 七、财政拨款“三公”经费支出决算情况说明\n2024 年度“三公”经费支出决算数${words}预算数的主要原因：严格落实中央八项规定。`;
    expect(runNarrative([N_37], { text: text('小于'), facts }).findings).toEqual([]);
    expect(runNarrative([N_37], { text: text('大于'), facts }).findings.map((f) => f.expected)).toEqual(['决算数小于预算数']);
    // 公开09 prints the budget after adjustments: it says nothing about the 年初 one
    const initial = text('大于').replace('大于预算数', '大于年初预算数');
    expect(runNarrative([N_37], { text: initial, facts }).findings).toEqual([]);
  });
});
