import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstControl, hasControlCharacter, lineText, multilineText, printable, withoutControlCharacters } from './control-characters.js';

describe('control characters', () => {
  it('finds C0, DEL and C1 codes, and nothing in ordinary Chinese text', () => {
    for (const text of ['a\u0000b', '\t', '\n', '\u001f', '\u007f', '\u0085', '\u009f']) expect(hasControlCharacter(text), JSON.stringify(text)).toBe(true);
    for (const text of ['医疗保障局 2024', '“三公”经费（万元）', '2024/部门决算.pdf', '\u00a0', '\u3000']) expect(hasControlCharacter(text), text).toBe(false);
    expect(firstControl('ab\u0007c\u0000')).toBe('U+0007');
  });

  it('drops them from a name and shows them as ? on a log line', () => {
    expect(withoutControlCharacters('部门\u0000决算\n.pdf')).toBe('部门决算.pdf');
    expect(printable('/api/search\u0000\nx')).toBe('/api/search??x');
  });

  it('refuses them in a one-line field, and all but line breaks and tabs in free text', () => {
    expect(lineText(z.string()).safeParse('张三').success).toBe(true);
    expect(lineText(z.string()).safeParse('张\n三').success).toBe(false);
    expect(multilineText(z.string()).safeParse('第一行\r\n第二行\t完').success).toBe(true);
    expect(multilineText(z.string()).safeParse('第一行\u0000').success).toBe(false);
  });
});
