import { describe, expect, it } from 'vitest';
import { searchGrams } from './search-grams.js';

describe('searchGrams', () => {
  it('gives each adjacent pair once, lower-cased, skipping whitespace', () => {
    expect(searchGrams('机关运行 经费经费')).toEqual(['机关', '关运', '运行', '经费', '费经'].sort());
    expect(searchGrams('ABc')).toEqual(['ab', 'bc']);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(searchGrams('𠀀中')).toEqual(['𠀀中']);
  });

  it('gives nothing for a single character or empty text', () => {
    expect(searchGrams('中')).toEqual([]);
    expect(searchGrams('')).toEqual([]);
  });

  it("gives a substring's grams as a subset of the text's", () => {
    const text = searchGrams('本年度一般公共预算财政拨款支出决算');
    for (const g of searchGrams('财政拨款支出')) expect(text).toContain(g);
  });
});
