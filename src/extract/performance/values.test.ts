import { describe, expect, it } from 'vitest';
import { amountValue, cellKey, deviationValue, isDash, percentValue, scoreValue, squeeze } from './values.js';

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
});
