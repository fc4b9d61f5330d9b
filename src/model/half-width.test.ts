import { describe, expect, it } from 'vitest';
import { halfWidthDigits } from './half-width.js';

describe('halfWidthDigits', () => {
  it('writes full-width digits, full stop and percent sign in ASCII and keeps every offset', () => {
    const printed = '２０２４年度支出决算１２．３４万元，完成９８．６１％。';
    const mapped = halfWidthDigits(printed);
    expect(mapped).toBe('2024年度支出决算12.34万元，完成98.61%。');
    expect(mapped).toHaveLength(printed.length);
  });
});
