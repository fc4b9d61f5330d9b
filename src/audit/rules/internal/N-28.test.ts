import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_28 } from './N-28.js';

const EXPENDITURE = '## 三、支出决算情况说明\n2024年度支出合计2,262.43万元，其中：\n基本支出612.10万元，占比27.06%；\n项目支出1,650.32万元，占比72.94%。\n';
const run = (text: string, facts = cells('T01', { 本年支出合计: { 金额: '2262.43' } })) => runNarrative([N_28], { text, facts });

describe('N-28 说明中的占比等于部分除以整体', () => {
  it('passes shares of the whole stated before 其中 (612.10 / 2262.43 = 27.06%)', () => {
    expect(run(EXPENDITURE).findings).toEqual([]);
    expect(run(EXPENDITURE).summary.rules.passed).toBe(1);
  });

  it('reports a share that does not compute, with the declared and recomputed figures', () => {
    const { findings } = run(EXPENDITURE.replace('27.06%', '28.06%'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'N-28', severity: 'error', actual: '28.06%', expected: '27.05%' });
    expect(findings[0]?.message).toContain('612.10万元 ÷ 支出合计2,262.43万元计算应为27.05%');
  });

  it('takes a named whole from the tables when the narrative does not state it, and calls a cut-off share a warning', () => {
    const text = '## 五、一般公共预算财政拨款支出决算情况说明\n### （一）总体情况\n2024年一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.86%。\n';
    const facts = cells('T01', { 本年支出合计: { 金额: '9759.38' } });
    expect(run(text, facts).findings[0]).toMatchObject({ severity: 'warning', expected: '99.87%' });
    expect(run(text.replace('99.86', '99.87'), facts).findings).toEqual([]);
  });

  it('computes a budget’s shares against the budget', () => {
    const text = '## 二、部门财政资金收支情况\n我局2024年年初预算支出数1176.57万元，其中：基本支出776.13万元，占65.97%；项目支出400.44万元，占34.03%。\n';
    expect(run(text, []).findings).toEqual([]);
    expect(run(text.replace('65.97', '66.97'), []).findings).toHaveLength(1);
  });
});
