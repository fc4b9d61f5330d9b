import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatMoney, formatPercent, ratio } from './number-format.js';

describe('number formatting', () => {
  it('groups thousands and prints two decimals', () => {
    expect(formatDecimal('2262.43')).toBe('2,262.43');
    expect(formatDecimal('38460895.08')).toBe('38,460,895.08');
    expect(formatDecimal('0')).toBe('0.00');
    expect(formatDecimal('999.995')).toBe('1,000.00');
    expect(formatDecimal('43.30121')).toBe('43.30');
    expect(formatDecimal('-3070.8')).toBe('-3,070.80');
    expect(formatDecimal('-0.001')).toBe('0.00');
    expect(formatMoney('100', '万元')).toBe('100.00万元');
  });

  it('computes rates exactly and refuses a zero base', () => {
    expect(formatPercent(ratio('612.10', '2262.43')!)).toBe('27.05%'); // 27.0549…
    expect(formatPercent(ratio('3070.80', '5333.23')!)).toBe('57.58%');
    // 1/3 is not a float artefact: 33.333… rounds to 33.33
    expect(ratio('1', '3')!.toFixed(10)).toBe('33.3333333333');
    expect(ratio('5', '0')).toBeUndefined();
    expect(formatPercent(new Big('99.995'))).toBe('100.00%');
  });

  it('prints counts as whole numbers', () => {
    expect(formatCount('3', '辆')).toBe('3辆');
    expect(formatCount('0', '人次')).toBe('0人次');
  });
});
