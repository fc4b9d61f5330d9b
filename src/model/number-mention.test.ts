import { describe, expect, it } from 'vitest';
import { numberMentions } from './number-mention.js';

describe('numberMentions', () => {
  it('finds numbers with units in running text, thousands separators removed', () => {
    const found = numberMentions('共实施医疗救助6253人次，救助金额1,719.58万元，满意度98％');
    expect(found.map((m) => `${m.value}${m.unit}`)).toEqual(['6253人次', '1719.58万元', '98%']);
    expect(found[0]).toMatchObject({ index: 7, end: 13 });
  });
});
