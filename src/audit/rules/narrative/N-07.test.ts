import { describe, expect, it } from 'vitest';
import { cells, type FactInput } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_07 } from './N-07.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const totals = (value: string, unit = '万元'): FactInput[] => cells('T01', { 收入总计: { 金额: value }, 支出总计: { 金额: value } }).map((f) => ({ ...f, unit }));
const run = (text: string, facts: FactInput[] = totals('100.00'), unit?: string) => runNarrative([N_07], { text, facts, ...(unit ? { unit } : {}) });

describe('N-07 一般公共预算财政拨款支出及其基本、项目支出与公开05表一致', () => {
  it('passes figures the tables print, exactly or within the coarser printing’s rounding', () => {
    expect(run(`${OVERVIEW}2024年度收入总计100.00万元，支出总计100万元。`).findings).toEqual([]);
    expect(run(`${OVERVIEW}2024年度收入总计100.01万元，支出总计100.01万元。`, totals('1000123.45', '元'), '元').findings).toEqual([]);
  });
});
