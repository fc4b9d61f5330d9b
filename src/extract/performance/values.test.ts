import { describe, expect, it } from 'vitest';
import { amountValue, cellKey, deviationValue, isDash, numberMentions, percentValue, scoreValue, squeeze } from './values.js';

describe('绩效 cell values', () => {
  it('reads scores, amounts and rates as printed', () => {
    expect(scoreValue('9.3分')).toBe('9.3');
    expect(scoreValue('10.00')).toBe('10.00');
    expect(amountValue('1,648.71')).toBe('1648.71');
    expect(percentValue('54.2 %')).toBe('54.2');
    expect(percentValue('100')).toBe('100');
    expect(deviationValue('- 100.00')).toBe('-100.00');
    expect(deviationValue('NaN')).toBe('NaN');
  });

  it('rejects text and recognises placeholders', () => {
    expect(scoreValue('优')).toBeUndefined();
    expect(amountValue('≥90%')).toBeUndefined();
    expect(isDash('—')).toBe(true);
    expect(squeeze('3,118,702.72')).toBe('3118702.72');
    expect(cellKey('资金总额:')).toBe('资金总额');
  });

  it('finds numbers with units in running text', () => {
    expect(numberMentions('共实施医疗救助6253人次，救助金额719.58万元，满意度98%').map((m) => `${m.value}${m.unit}`)).toEqual(['6253人次', '719.58万元', '98%']);
  });
});
