import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDisclosure } from '../src/extract/index.js';
import { factKey } from '../src/model/fact.js';
import { readDocument } from '../src/read/index.js';
import { findSoffice } from '../src/read/legacy/libreoffice.js';
import type { Layout } from '../src/read/layout.js';
import { readText } from '../src/read/text-reader.js';
import { corpusDocument, hasShared, SKIP_REASON } from './support/shared-corpus.js';
import { writeDocx } from './support/write-docx.js';

// The same disclosure published as PDF: the project's DOCX writer (wide tables in landscape sections), printed to
// PDF by Debian's LibreOffice, read back by the PDF reader, must give the text original's facts.
const soffice = findSoffice();
const dir = mkdtempSync(join(tmpdir(), 'juesuan-pdf-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const factsOf = (layout: Layout) => Object.fromEntries(extractDisclosure(layout).facts.map((f) => [factKey(f), f.value]));

async function viaPdf(id: string, path: string) {
  const layout = readText(path, readFileSync(path, 'utf8'));
  const docx = join(dir, `${id}.docx`);
  writeFileSync(docx, await writeDocx(layout));
  execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const read = await readDocument(join(dir, `${id}.pdf`));
  expect(read.format).toBe('pdf');
  return { expected: factsOf(layout), actual: factsOf({ ...read, file: path }) };
}

describe.skipIf(!soffice)('PDF round trip (DOCX → PDF by LibreOffice → PDF reader)', () => {
  if (!soffice) console.warn('未找到 LibreOffice（soffice），跳过 PDF 往返测试（apt-get install libreoffice-writer）');
  it('mini-2024', { timeout: 180_000 }, async () => {
    const { expected, actual } = await viaPdf('mini', resolve(import.meta.dirname, '../demo/mini-2024.txt'));
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(actual).toEqual(expected);
  });

  describe.skipIf(!hasShared)('text seeds', () => {
    if (!hasShared) console.warn(SKIP_REASON);
    for (const id of ['000', '002', '003']) {
      it(id, { timeout: 180_000 }, async () => {
        const { expected, actual } = await viaPdf(id, corpusDocument(id));
        expect(Object.keys(expected).length).toBeGreaterThan(100);
        expect(actual).toEqual(expected);
      });
    }
  });
});
