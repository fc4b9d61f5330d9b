import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmptyFileError, InputError, UnreadableFileError, UnsupportedFormatError } from '../model/errors.js';
import { buildPdf, text } from '../../test/support/pdf-builder.js';
import { readBytes, readDocument } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  it('recognises formats it cannot read yet and binary junk', async () => {
    await expect(readBytes('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]))).rejects.toThrow(UnsupportedFormatError);
    await expect(readBytes('a.bin', new Uint8Array([1, 2, 3, 0, 255, 254]))).rejects.toThrow(/a\.bin/);
    await expect(readBytes('blank.txt', new TextEncoder().encode(' \n\n '))).rejects.toThrow(InputError);
  });

  it('reads PDFs by their signature, whatever the file is called', async () => {
    const file = join(dir, 'report.dat');
    writeFileSync(file, buildPdf([{ ops: [text(100, 100, '收入决算表')] }]));
    const layout = await readDocument(file);
    expect(layout).toMatchObject({ format: 'pdf', blocks: [{ kind: 'line', text: '收入决算表', source: { page: 1 } }] });
    await expect(readBytes('bad.pdf', new TextEncoder().encode('%PDF-1.7 ...'))).rejects.toThrow(UnreadableFileError);
  });
});
