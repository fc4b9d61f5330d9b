import { describe, expect, it } from 'vitest';
import { cells, type FactInput } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_13 } from './N-13.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const totals = (value: string, unit = '万元'): FactInput[] => cells('T01', { 收入总计: { 金额: value }, 支出总计: { 金额: value } }).map((f) => ({ ...f, unit }));
const run = (text: string, facts: FactInput[] = totals('100.00'), unit?: string) => runNarrative([N_13], { text, facts, ...(unit ? { unit } : {}) });

describe('N-13 政府性基金、国有资本经营预算收支的说明（含“无此项收支”）与公开07、08表一致', () => {
  it('passes figures the tables print, exactly or within the coarser printing’s rounding', () => {
    expect(run(`${OVERVIEW}2024年度收入总计100.00万元，支出总计100万元。`).findings).toEqual([]);
    expect(run(`${OVERVIEW}2024年度收入总计100.01万元，支出总计100.01万元。`, totals('1000123.45', '元'), '元').findings).toEqual([]);
  });

  it('reads "本年度无此项收支" as zero against 公开07', () => {
    const text = '## 七、政府性基金预算财政拨款收支决算情况说明\n本年度无此项收支。\n';
    expect(run(text, [], undefined).findings).toEqual([]);
    const fund = cells('T07', { 合计: { 本年收入: '5.00', 本年支出小计: '5.00' } });
    const { findings } = run(text, fund);
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['N-13 error', 'N-13 error']);
    expect(findings[0]?.message).toContain('本年度无此项收支');
  });
});
