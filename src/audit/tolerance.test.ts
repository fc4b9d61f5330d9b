import { describe, expect, it } from 'vitest';
import { isRoundedUnit, roundingTolerance } from './tolerance.js';

const tol = (values: string[], unit = '万元'): string => roundingTolerance(values, unit).toFixed();

describe('roundingTolerance', () => {
  it('follows d·floor((n+1)/2) for a total and n parts printed to 0.01 万元', () => {
    expect(tol(['82.46', '82.46'])).toBe('0'); // n = 1: the same amount printed twice
    expect(tol(['373.64', '8.96', '364.69'])).toBe('0.01'); // n = 2
    expect(tol(['82.46', '2.58', '48.42', '31.45'])).toBe('0.02'); // n = 3
    expect(tol(['21.34', '7.64', '0.58', '0.52', '0.20', '6.06', '4.60', '1.72'])).toBe('0.04'); // n = 7
    expect(tol(Array.from({ length: 12 }, () => '1.00'))).toBe('0.06'); // n = 11
  });

  it('sums the half-units of mixed precisions and rounds down to the finest unit', () => {
    // 0.5 + 0.005 + 0.005 = 0.51 → 0.51 (already a multiple of 0.01)
    expect(tol(['10', '4.20', '5.80'])).toBe('0.51');
    // two values of different precision: 0.05 + 0.005 = 0.055 → 0.05
    expect(tol(['2.4', '2.40'])).toBe('0.05');
  });

  it('is zero for exact units and counts', () => {
    expect(tol(['38460895.08', '37530895.08', '930000.00'], '元')).toBe('0');
    expect(tol(['2', '1', '1'], '辆')).toBe('0');
    expect(isRoundedUnit('万元')).toBe(true);
    expect(isRoundedUnit('元')).toBe(false);
    expect(isRoundedUnit('辆')).toBe(false);
  });
});
