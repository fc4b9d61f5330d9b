import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits at 。！？ only, never inside a number, and keeps offsets', () => {
    const text = '收入总计2,262.43万元。 与上年相比，减少3,070.80万元！剩余';
    expect(splitSentences(text)).toEqual([
      { start: 0, text: '收入总计2,262.43万元。' },
      { start: text.indexOf('与'), text: '与上年相比，减少3,070.80万元！' },
      { start: text.indexOf('剩'), text: '剩余' },
    ]);
    expect(splitSentences('  ')).toEqual([]);
  });
});
