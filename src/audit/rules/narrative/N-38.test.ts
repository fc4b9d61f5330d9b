import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_38 } from './N-38.js';

const DETAIL = '## 五、一般公共预算财政拨款支出决算情况说明\n### （三）一般公共预算财政拨款支出决算具体情况\n';
const run = (...items: string[]) => runNarrative([N_38], { text: DETAIL + items.join('\n'), facts: [] });

/** §五(三) items as the Shanghai template prints them, wrapped at the page width. */
const MEDICAL = '6、卫生健康支出（类）行政事业单位医疗（款）事业单位\n医疗（项）。主要用于：事业单位医疗保险支出。年初预算为 196.40 万元，支出决算为 196.29 万元。';
const housing = (purpose: string) => `7、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要\n用于：${purpose}。年初预算为 461.08 万元，支出决算为 461.08 万元。`;

describe('N-38 科目的“主要用于”说明写的是本科目的用途', () => {
  it('passes descriptions of the item’s own purpose, however worded', () => {
    const { findings, summary } = run(MEDICAL, housing('行政单位、事业单位住房公积金支出'), '8、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：行政事业单位养老保险支出。年初预算为 452.40 万元，支出决算为 446.11 万元。');
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
    // a catch-all item may be for anything, a specific item's purpose included
    const other = '9、卫生健康支出（类）行政事业单位医疗（款）其他行政事业单位医疗支出（项）。主要用于：事业单位医疗保险补缴。年初预算为 1.00 万元，支出决算为 1.00 万元。';
    expect(run(MEDICAL, other).findings).toEqual([]);
  });

  it('warns on an item described with another item’s purpose', () => {
    const { findings } = run(MEDICAL, housing('事业单位医疗保险支出'));
    expect(findings).toMatchObject([{ rule: 'N-38', severity: 'warning', actual: '主要用于：事业单位医疗保险支出' }]);
    expect(findings[0]?.message).toContain('这是 2101102 事业单位医疗的用途，与本科目（2210201 住房公积金）不符');
  });
});
