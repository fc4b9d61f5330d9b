import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDisclosure } from '../src/extract/index.js';
import { factKey } from '../src/model/fact.js';
import { readDocument } from '../src/read/index.js';
import type { Layout } from '../src/read/layout.js';
import { readText } from '../src/read/text-reader.js';
import { corpusDocument, hasShared, SKIP_REASON } from './support/shared-corpus.js';
import { writeDocx } from './support/write-docx.js';
import { writeHtml } from './support/write-html.js';
import { writeXlsx } from './support/write-xlsx.js';

/** Each format the text documents are rewritten in, as a file a user would import. */
const VARIANTS: { name: string; extension: string; write: (layout: Layout) => Promise<Uint8Array> | Uint8Array }[] = [
  { name: 'DOCX', extension: 'docx', write: (l) => writeDocx(l) },
  { name: 'DOCX, merged header cells (gridSpan, vMerge)', extension: 'docx', write: (l) => writeDocx(l, { mergeHeaders: true }) },
  { name: 'XLSX, a sheet per table, numbers with number formats, borders, from column B', extension: 'xlsx', write: (l) => writeXlsx(l, { split: 'tables', numbers: 'number', borders: true, startColumn: 2 }) },
  { name: 'XLSX, a sheet per table, numbers as text', extension: 'xlsx', write: (l) => writeXlsx(l, { split: 'tables', numbers: 'text', borders: false }) },
  { name: 'XLSX, one sheet, numbers as text, no borders', extension: 'xlsx', write: (l) => writeXlsx(l, { split: 'single', numbers: 'text', borders: false }) },
  { name: 'XLSX, one sheet, numbers with number formats, borders', extension: 'xlsx', write: (l) => writeXlsx(l, { split: 'single', numbers: 'number', borders: true }) },
  { name: 'HTML, UTF-8', extension: 'html', write: (l) => writeHtml(l) },
  { name: 'HTML, GBK declared gb2312, merged header cells', extension: 'html', write: (l) => writeHtml(l, { charset: 'gbk', mergeHeaders: true }) },
];

const dir = mkdtempSync(join(tmpdir(), 'juesuan-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MINI = resolve(import.meta.dirname, '../demo/mini-2024.txt');

function facts(layout: Layout) {
  const d = extractDisclosure(layout);
  const { file: _file, ...document } = d.document;
  return { document, facts: Object.fromEntries(d.facts.map((f) => [factKey(f), f.value])) };
}

function roundTrip(id: string, path: () => string) {
  describe(`${id}: every format reads back to the text's facts`, () => {
    for (const variant of VARIANTS) {
      it(variant.name, async () => {
        const layout = readText(path(), readFileSync(path(), 'utf8'));
        const expected = facts(layout);
        expect(Object.keys(expected.facts).length).toBeGreaterThan(10);
        const file = join(dir, `${id}-${VARIANTS.indexOf(variant)}.${variant.extension}`);
        writeFileSync(file, await variant.write(layout));
        const read = await readDocument(file);
        expect(read.format).toBe(variant.extension);
        const actual = facts({ ...read, file: path() });
        expect(actual.facts).toEqual(expected.facts);
        expect(actual.document).toEqual(expected.document);
      });
    }
  });
}

roundTrip('mini-2024', () => MINI);

describe.skipIf(!hasShared)('text seeds', () => {
  if (!hasShared) console.warn(SKIP_REASON);
  for (const id of ['000', '002', '003']) roundTrip(id, () => corpusDocument(id));
});
