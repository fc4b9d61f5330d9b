import { describe, expect, it } from 'vitest';
import { formatNumber, general } from './number-format.js';

describe('formatNumber', () => {
  it('prints the decimals the format asks for, exactly', () => {
    expect(formatNumber(2262.43, '0.00')).toBe('2262.43');
    expect(formatNumber(100, '0.00')).toBe('100.00');
    expect(formatNumber(0.1 + 0.2, '0.00')).toBe('0.30');
    expect(formatNumber(1.005, '0.00')).toBe('1.01'); // 1.00499999… as a double; Excel shows 1.01
    expect(formatNumber(2.5, '0')).toBe('3');
    expect(formatNumber(-2.5, '0')).toBe('-3');
    expect(formatNumber(-0.001, '0.00')).toBe('0.00');
    expect(formatNumber(12, '0.00_ ')).toBe('12.00');
    expect(formatNumber(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(formatNumber(0.5, '#,##0.00')).toBe('0.50');
    expect(formatNumber(0.5, '#.##')).toBe('.5');
    expect(formatNumber(1.5, '0.0#')).toBe('1.5');
    expect(formatNumber(1.456, '0.0#')).toBe('1.46');
  });

  it('handles sections, literals, colours, percentages and scaling', () => {
    expect(formatNumber(-12.5, '#,##0.00;[Red]-#,##0.00')).toBe('-12.50');
    expect(formatNumber(-12.5, '0.00_);(0.00)')).toBe('(12.50)');
    expect(formatNumber(0, '0.00;-0.00;')).toBe('');
    expect(formatNumber(0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ')).toBe('-');
    expect(formatNumber(88.5, '0.00"万元"')).toBe('88.50万元');
    expect(formatNumber(0.1234, '0.0%')).toBe('12.3%');
    expect(formatNumber(1234567, '#,##0,')).toBe('1,235');
    expect(formatNumber(7, '@')).toBe('7');
  });

  it('prints General with up to 15 significant digits and no float noise', () => {
    expect(formatNumber(0.1 + 0.2, 'General')).toBe('0.3');
    expect(formatNumber(2262.43, undefined)).toBe('2262.43');
    expect(general(100)).toBe('100');
    expect(general(1e-7)).toBe('0.0000001');
    expect(formatNumber(45000, 'yyyy-mm-dd')).toBe('45000');
  });
});
