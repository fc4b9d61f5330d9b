import { describe, expect, it } from 'vitest';
import { isOle, oleKind } from './ole-kind.js';

/** A fake compound file: the signature, then directory entries (128 bytes, UTF-16 name, name length at 64). */
function ole(...names: string[]): Uint8Array {
  const out = Buffer.alloc(512 + 128 * (names.length + 1));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out);
  ['Root Entry', ...names].forEach((name, i) => {
    const at = 512 + 128 * i;
    out.write(name, at, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
  });
  return out;
}

describe('oleKind', () => {
  it('tells Excel, Word and PowerPoint files by their main stream', () => {
    expect(isOle(ole('Workbook'))).toBe(true);
    expect(oleKind(ole('Workbook', 'SummaryInformation'))).toBe('xls');
    expect(oleKind(ole('Book'))).toBe('xls');
    expect(oleKind(ole('WordDocument', '1Table', 'ObjectPool', 'Workbook'))).toBe('doc');
    expect(oleKind(ole('PowerPoint Document'))).toBe('ppt');
    expect(oleKind(ole('Other'))).toBeUndefined();
  });
});
