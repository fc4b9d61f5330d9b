import { describe, expect, it } from 'vitest';
import { formatCounter } from './docx-numbering.js';

describe('formatCounter', () => {
  it('prints counters in the formats Chinese documents number with', () => {
    expect([1, 10, 11, 20, 23].map((n) => formatCounter(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十三']);
    expect(formatCounter(3, 'ideographTraditional')).toBe('丙');
    expect(formatCounter(2, 'decimalEnclosedCircle')).toBe('②');
    expect(formatCounter(12, 'decimalFullWidth')).toBe('１２');
    expect(formatCounter(14, 'upperRoman')).toBe('XIV');
    expect(formatCounter(28, 'lowerLetter')).toBe('bb');
    expect(formatCounter(7, 'decimal')).toBe('7');
  });
});
