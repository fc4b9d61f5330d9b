import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { band, coarserMatch, looksLikeSlip, matchByName, nameSimilarity, normaliseGrade, parseIndicatorValue, percentTolerance, roundsTo } from './support.js';

describe('绩效 rule support', () => {
  it('reads indicator values with comparator and unit', () => {
    expect(parseIndicatorValue('≥90%')).toMatchObject({ comparator: '≥', unit: '%' });
    expect(parseIndicatorValue('111.385万')).toMatchObject({ unit: '万元' });
    expect(parseIndicatorValue('不低于上年')).toBeUndefined();
    expect(parseIndicatorValue('≥0000')).toBeUndefined();
    expect(parseIndicatorValue('基金累计结余占筹集基金总额的比重29.37%')?.value.toFixed()).toBe('29.37');
    expect(parseIndicatorValue('2024年救助100人')).toBeUndefined();
  });

  it('derives tolerances from the printed precision', () => {
    expect(roundsTo(new Big('70.628'), '70.63')).toBe(true);
    expect(roundsTo(new Big('70.628'), '70.60')).toBe(false);
    expect(coarserMatch(new Big('70.628'), '70.60')).toBe(true);
    expect(coarserMatch(new Big('92.41'), '93')).toBe(false);
    expect(percentTolerance('99.9', '1648.71', '1650.32').value.gt('0.05')).toBe(true);
  });

  it('grades by band and reads grade words', () => {
    expect([band(new Big(90)), band(new Big('89.99')), band(new Big(60)), band(new Big('59.9'))]).toEqual(['优', '良', '中', '差']);
    expect([normaliseGrade('优秀'), normaliseGrade('良好'), normaliseGrade('合格')]).toEqual(['优', '良', undefined]);
  });

  it('matches project names only when one table is meant', () => {
    const tables = ['2024年中央财政医疗服务与保障能力提升补助资金（医疗保障服务能力建设部分）', '2024年中央财政医疗救助补助资金', '2024年省级财政医疗救助补助资金', '2024年城乡医疗救助县级配套资金'].map((name) => ({ name }));
    expect(matchByName('2024年中央财政医保服务与保障能力提升补助', tables)?.name).toBe(tables[0]!.name);
    expect(matchByName('城乡医疗救助', tables)).toBeUndefined();
    expect(nameSimilarity('医疗服务能力与提升建设资金', '医疗服务与保障能力提升补助资金')).toBeGreaterThan(0.6);
  });

  it('recognises one-digit slips', () => {
    expect(looksLikeSlip('744.02', '744.32')).toBe(true);
    expect(looksLikeSlip('5.71', '35.71')).toBe(true);
    expect(looksLikeSlip('30', '20.29')).toBe(false);
  });
});
