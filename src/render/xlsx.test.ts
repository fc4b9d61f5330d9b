import { describe, expect, it } from 'vitest';
import { formatNumber } from '../read/xlsx/number-format.js';
import { excelNumber, sheetName } from './xlsx.js';

describe('excelNumber', () => {
  it('stores a decimal as a number whose format prints it back exactly', () => {
    for (const v of ['2262.43', '0.50', '-0.11', '38460895.08', '1', '43.30121']) {
      const n = excelNumber(v)!;
      expect(formatNumber(n.number, n.numFmt).replace(/,/g, '')).toBe(v);
    }
  });

  it('keeps as text what a double cannot hold', () => {
    expect(excelNumber('1234567890123456.78')).toBeUndefined();
  });

  it('makes valid sheet names', () => {
    expect(sheetName('公开09表财政拨款“三公”经费支出决算表[续]')).toBe('公开09表财政拨款“三公”经费支出决算表续');
  });
});
