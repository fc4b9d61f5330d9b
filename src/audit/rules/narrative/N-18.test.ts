import { describe, expect, it } from 'vitest';
import { cells, type FactInput } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_18 } from './N-18.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const totals = (value: string, unit = '万元'): FactInput[] => cells('T01', { 收入总计: { 金额: value }, 支出总计: { 金额: value } }).map((f) => ({ ...f, unit }));
const run = (text: string, facts: FactInput[] = totals('100.00'), unit?: string) => runNarrative([N_18], { text, facts, ...(unit ? { unit } : {}) });

describe('N-18 车辆数和大型设备数与公开10表一致', () => {
  it('passes figures the tables print, exactly or within the coarser printing’s rounding', () => {
    expect(run(`${OVERVIEW}2024年度收入总计100.00万元，支出总计100万元。`).findings).toEqual([]);
    expect(run(`${OVERVIEW}2024年度收入总计100.01万元，支出总计100.01万元。`, totals('1000123.45', '元'), '元').findings).toEqual([]);
  });

  it('compares 三公 budgets with 公开09 预算数 and vehicles with 公开10', () => {
    const facts = [...cells('T09', { 预算数: { 合计: '4.60' }, 决算数: { 合计: '4.60' } }), ...cells('T10', { 车辆数合计: { 统计数: '2' } })];
    const ok = '## 九、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款支出全年预算4.60万元,支出决算4.60万元。\n## （三）国有资产占用情况说明\n本部门共有车辆2辆。\n';
    expect(run(ok, facts).findings).toEqual([]);
    const wrong = ok.replace('全年预算4.60', '全年预算5.60').replace('车辆2辆', '车辆3辆');
    expect(run(wrong, facts).findings.map((f) => f.rule)).toEqual(['N-18']);
  });
});
