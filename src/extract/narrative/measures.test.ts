import { describe, expect, it } from 'vitest';
import { isPriorYear, moneyMeasure, percentMeasure } from './measures.js';

describe('percentMeasure', () => {
  it('tells shares, changes and completion rates apart', () => {
    expect(percentMeasure('，占比')).toEqual({ measure: 'share', ofStart: 1 });
    expect(percentMeasure('，占本年支出合计的')).toMatchObject({ measure: 'share', ofStart: 1 });
    expect(percentMeasure('，下降')).toEqual({ measure: 'change-percent', direction: '减少' });
    expect(percentMeasure('，增长')).toEqual({ measure: 'change-percent', direction: '增加' });
    expect(percentMeasure('，完成年初预算的')).toEqual({ measure: 'completion', basis: '年初' });
    expect(percentMeasure('，完成全年预算的')).toEqual({ measure: 'completion', basis: '全年' });
    expect(percentMeasure('，执行率为')).toEqual({ measure: 'completion', basis: '预算' });
    expect(percentMeasure('，参保率在')).toEqual({ measure: undefined });
  });
});

describe('moneyMeasure', () => {
  it('takes the last measure word before the number, else the subject’s words', () => {
    expect(moneyMeasure('社会保障和就业支出', '年初预算')).toMatchObject({ measure: 'budget', basis: '年初' });
    expect(moneyMeasure('', ',支出决算')).toMatchObject({ measure: 'amount', explicit: true });
    expect(moneyMeasure('“三公”经费', '财政拨款支出全年预算')).toMatchObject({ measure: 'budget', basis: '全年' });
    expect(moneyMeasure('', '，比上年度减少')).toMatchObject({ measure: 'change', direction: '减少' });
    expect(moneyMeasure('一般公共预算财政拨款支出', '')).toMatchObject({ measure: 'amount', explicit: false });
    expect(moneyMeasure('2024年全年部门预算数', '为')).toMatchObject({ measure: 'budget', basis: '全年' });
    expect(moneyMeasure('年初结转资金', '')).toMatchObject({ measure: 'amount' });
  });
});

describe('isPriorYear', () => {
  it('marks last year’s figures, not comparisons with last year', () => {
    expect(isPriorYear('，上年决算数为', 2023)).toBe(true);
    expect(isPriorYear('，2023年为', 2023)).toBe(true);
    expect(isPriorYear('，比上年', 2023)).toBe(false);
    expect(isPriorYear('，较上年', 2023)).toBe(false);
    expect(isPriorYear('，2023年当年预算执行数为', 2023)).toBe(true);
  });

  it('marks last year’s amount that a comparison names before the change', () => {
    expect(isPriorYear('，比2023年度的', 2023, '万元增加0.15万元')).toBe(true);
    expect(isPriorYear('，较上年', 2023, '万元减少')).toBe(true);
    expect(isPriorYear('，较上年', 2023, '万元，主要原因是')).toBe(false);
    expect(isPriorYear('，比2022年度的', 2023, '万元增加')).toBe(false);
    // a parenthesis about last year, comparing nothing; never last year's carry-over
    expect(isPriorYear('本级预留机动', 2017, '万元），增长 16 倍', '（上年财政仅安排省检察院本级预留机动')).toBe(true);
    expect(isPriorYear('', 2023, '万元）', '（上年结转')).toBe(false);
    expect(isPriorYear('', 2023, '万元）', '（比上年增加')).toBe(false);
    expect(isPriorYear('', 2023, '万元）', '（其中上年')).toBe(false);
  });
});
