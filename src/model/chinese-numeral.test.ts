import { describe, expect, it } from 'vitest';
import { chineseNumeral, chineseNumeralValue } from './chinese-numeral.js';

describe('chineseNumeral', () => {
  it('writes template ordinals', () => {
    expect([1, 9, 10, 12, 20, 26, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十二', '二十', '二十六', '九十九']);
  });

  it('leaves numbers outside 1–99 as digits', () => {
    expect([0, 100, 1.5].map(chineseNumeral)).toEqual(['0', '100', '1.5']);
  });
});

describe('chineseNumeralValue', () => {
  it('reads back what chineseNumeral writes, and nothing else', () => {
    for (let n = 1; n < 100; n++) expect(chineseNumeralValue(chineseNumeral(n))).toBe(n);
    for (const bad of ['', '零', '十十', '一二', '百']) expect(chineseNumeralValue(bad)).toBeUndefined();
  });
});
