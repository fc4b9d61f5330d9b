import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileError, InputError, UnreadableFileError, UnsupportedFormatError } from '../model/errors.js';
import { readBytes, readDocument } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-read-'));

describe('readDocument', () => {
  it('reads a text file', async () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, '收入决算表\n合计\t1.00');
    expect((await readDocument(file)).blocks).toHaveLength(2);
  });

  it('names the file and the problem for bad input', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    await expect(readDocument(empty)).rejects.toBeInstanceOf(EmptyFileError);
    await expect(readDocument(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt.*不存在/);
    await expect(readDocument(dir)).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('recognises formats it cannot read yet and binary junk', () => {
    expect(() => readBytes('a.pdf', new TextEncoder().encode('%PDF-1.7 ...'))).toThrow(UnsupportedFormatError);
    expect(() => readBytes('a.bin', new Uint8Array([1, 2, 3, 0, 255, 254]))).toThrow(/a\.bin/);
    expect(() => readBytes('blank.txt', new TextEncoder().encode(' \n\n '))).toThrow(InputError);
  });
});
