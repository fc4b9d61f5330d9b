import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { paragraph, paragraphText } from '../runs.js';
import { money, section, shareOf } from './section.js';

describe('section helpers', () => {
  it('computes a share across money units exactly', () => {
    const part = { value: new Big('12345.67'), unit: '元' };
    expect(paragraphText(paragraph(money(part), shareOf(part, { value: new Big('2.469134'), unit: '万元' })))).toBe('12,345.67元，占比50.00%');
  });

  it('states no share of a zero whole', () => {
    expect(shareOf({ value: new Big(1), unit: '万元' }, { value: new Big(0), unit: '万元' })).toEqual([]);
  });

  it('records a level only below the top', () => {
    expect(section('a', '一、甲', [])).toEqual({ id: 'a', heading: '一、甲', paragraphs: [] });
    expect(section('b', '（一）乙', [], 2).level).toBe(2);
  });
});
