import { describe, expect, it } from 'vitest';
import { buildDisclosure, cells } from '../../test/support/disclosure.js';
import { FactBook, inUnit } from './fact-book.js';
import Big from 'big.js';

describe('FactBook', () => {
  const disclosure = buildDisclosure({ facts: [...cells('T01', { 收入总计: { 金额: '2262.43' } }), ...cells('T09', { 决算数: { 合计: '4.60' } })], tables: ['T01', 'T07', 'T09'] });
  const book = new FactBook(disclosure);

  it('reads a printed blank as zero and an absent table as unknown', () => {
    expect(book.money('T01', '收入总计', '金额')?.value.toFixed(2)).toBe('2262.43');
    expect(book.money('T01', '年初结转和结余', '金额')?.value.toFixed(2)).toBe('0.00');
    expect(book.money('T05', '合计', '小计')).toBeUndefined();
    expect(book.empty('T07')).toBe(true);
    expect(book.empty('T09')).toBe(false);
  });

  it('converts between money units exactly', () => {
    expect(inUnit({ value: new Big('38460895.08'), unit: '元' }, '万元').value.toFixed(6)).toBe('3846.089508');
  });
});
