import { describe, expect, it } from 'vitest';
import { cells, type FactInput } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_01 } from './N-01.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const totals = (value: string, unit = '万元'): FactInput[] => cells('T01', { 收入总计: { 金额: value }, 支出总计: { 金额: value } }).map((f) => ({ ...f, unit }));
const run = (text: string, facts: FactInput[] = totals('100.00'), unit?: string) => runNarrative([N_01], { text, facts, ...(unit ? { unit } : {}) });

describe('N-01 说明中的收入总计、支出总计与总表一致', () => {
  it('passes figures the tables print, exactly or within the coarser printing’s rounding', () => {
    expect(run(`${OVERVIEW}2024年度收入总计100.00万元，支出总计100万元。`).findings).toEqual([]);
    expect(run(`${OVERVIEW}2024年度收入总计100.01万元，支出总计100.01万元。`, totals('1000123.45', '元'), '元').findings).toEqual([]);
  });

  it('reports a figure the tables contradict, with both figures and the sentence', () => {
    const { findings } = run(`${OVERVIEW}2024年度收入总计100.50万元，支出总计100.00万元。`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'N-01', severity: 'error', actual: '100.50万元', expected: '100.00万元', location: { quote: '2024年度收入总计100.50万元，支出总计100.00万元。' } });
    expect(findings[0]?.message).toContain('收入总计100.50万元，收入支出决算总表收入总计为100.00万元');
    expect(run(`${OVERVIEW}2024年度收入总计100.02万元。`, totals('1000123.45', '元'), '元').findings[0]?.severity).toBe('error');
  });

  it('calls one unit in the last digit of two equally precise printings a rounding adjustment', () => {
    expect(run(`${OVERVIEW}2024年度收入总计100.01万元。`).findings[0]).toMatchObject({ severity: 'warning', rule: 'N-01' });
  });

  it('is not evaluable without tables', () => {
    const { summary } = runNarrative([N_01], { text: `${OVERVIEW}2024年度收入总计100.00万元。`, facts: [], tables: [] });
    expect(summary.notEvaluable.find((n) => n.rule === 'N-01')?.reason).toContain('没有决算表');
  });
});
