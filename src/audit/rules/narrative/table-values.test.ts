import { describe, expect, it } from 'vitest';
import { cells, type FactInput } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { TABLE_VALUE_RULES } from './table-values.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const totals = (value: string, unit = '万元'): FactInput[] => cells('T01', { 收入总计: { 金额: value }, 支出总计: { 金额: value } }).map((f) => ({ ...f, unit }));
const run = (text: string, facts: FactInput[] = totals('100.00'), unit?: string) => runNarrative(TABLE_VALUE_RULES, { text, facts, ...(unit ? { unit } : {}) });

describe('narrative figures = table figures', () => {
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

  it('reads "本年度无此项收支" as zero against 公开07', () => {
    const text = '## 七、政府性基金预算财政拨款收支决算情况说明\n本年度无此项收支。\n';
    expect(run(text, [], undefined).findings).toEqual([]);
    const fund = cells('T07', { 合计: { 本年收入: '5.00', 本年支出小计: '5.00' } });
    const { findings } = run(text, fund);
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['N-13 error', 'N-13 error']);
    expect(findings[0]?.message).toContain('本年度无此项收支');
  });

  it('compares 三公 budgets with 公开09 预算数 and vehicles with 公开10', () => {
    const facts = [...cells('T09', { 预算数: { 合计: '4.60' }, 决算数: { 合计: '4.60' } }), ...cells('T10', { 车辆数合计: { 统计数: '2' } })];
    const ok = '## 九、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款支出全年预算4.60万元,支出决算4.60万元。\n## （三）国有资产占用情况说明\n本部门共有车辆2辆。\n';
    expect(run(ok, facts).findings).toEqual([]);
    const wrong = ok.replace('全年预算4.60', '全年预算5.60').replace('车辆2辆', '车辆3辆');
    expect(run(wrong, facts).findings.map((f) => f.rule).sort()).toEqual(['N-14', 'N-18']);
  });

  it('is not evaluable without tables', () => {
    const { summary } = runNarrative(TABLE_VALUE_RULES, { text: `${OVERVIEW}2024年度收入总计100.00万元。`, facts: [], tables: [] });
    expect(summary.notEvaluable.find((n) => n.rule === 'N-01')?.reason).toContain('没有决算表');
  });
});
