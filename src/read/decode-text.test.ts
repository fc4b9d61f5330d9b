import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(new TextEncoder().encode('收入决算表'))).toBe('收入决算表');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('表')]))).toBe('表');
  });

  it('reads GB18030 exports', () => {
    // "决算" in GBK
    expect(decodeText(new Uint8Array([0xbe, 0xf6, 0xcb, 0xe3]))).toBe('决算');
  });

  it('refuses binary data', () => {
    const random = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    expect(decodeText(random)).toBeUndefined();
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeUndefined();
  });
});
