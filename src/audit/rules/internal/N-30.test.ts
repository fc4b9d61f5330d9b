import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_30 } from './N-30.js';

const THREE = '## 九、财政拨款“三公”经费支出决算情况说明\n';
const run = (text: string, facts = cells('T09', { 预算数: { 合计: '40000.00', 公务用车运行维护费: '40000.00' }, 决算数: { 合计: '39951.85', 公务用车运行维护费: '39951.85' } })) =>
  runNarrative([N_30], { text, facts, unit: '元' });

describe('N-30 完成预算的比例等于决算数除以预算数', () => {
  it('passes rates that compute, from the sentence or from 公开09', () => {
    expect(run(`${THREE}“三公”经费财政拨款支出预算40,000.00元，支出决算39,951.85元，完成年初预算的99.88%。\n公务用车运行维护费支出39,951.85元，完成年初预算的99.88%。`).findings).toEqual([]);
  });

  it('reports a rate that does not (39,951.85 / 40,000.00 = 99.88%, not 100.00%)', () => {
    const { findings } = run(`${THREE}公务用车运行维护费支出39,951.85元，完成年初预算的100.00%。`);
    expect(findings[0]).toMatchObject({ rule: 'N-30', severity: 'error', expected: '99.88%', actual: '100.00%' });
  });

  it('warns on 0/0 shown as a rate and reports a rate for nothing spent', () => {
    const zero = runNarrative([N_30], { text: `${THREE}因公出国（境）费预算为 0.00 万元，支出决算为 0.00 万元，完成预算的 0.00%。`, facts: [] });
    expect(zero.findings[0]).toMatchObject({ severity: 'warning' });
    expect(zero.findings[0]?.message).toContain('0.00%');
    const nothing = runNarrative([N_30], { text: '## （二）分项绩效目标\n宣传经费项目完成情况：2025年实际支出0万元，完成率100%；', facts: [] });
    expect(nothing.findings[0]).toMatchObject({ severity: 'error', expected: '0%' });
  });

  it('checks 绩效 text within its sentence (21.63351 / 21.8 = 99.24%)', () => {
    const text = '## （二）分项绩效目标\n退役士兵安置年初预算21.8万元，完成年初预算98%，执行支出21.63351万元。';
    expect(runNarrative([N_30], { text, facts: [] }).findings[0]?.expected).toBe('99.24%');
    expect(runNarrative([N_30], { text: text.replace('98%', '99%'), facts: [] }).findings).toEqual([]);
  });
});
