import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factKey } from '../src/model/fact.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { extractFile } from '../src/pipeline/analyse.js';
import { renderDocx } from '../src/render/docx.js';
import { renderHtml } from '../src/render/html.js';
import { renderXlsx } from '../src/render/xlsx.js';
import { findChromium, renderPdf } from '../src/render/pdf.js';
import { corpusDocument, hasShared, SKIP_REASON } from '../src/test-support/shared-corpus.js';
import { draftedFrom } from '../src/test-support/render-drafted.js';

const OUT = resolve(import.meta.dirname, '../test-output/render');
mkdirSync(OUT, { recursive: true });

const factsOf = (d: Disclosure) => Object.fromEntries(d.facts.map((f) => [factKey(f), f.value]));

interface Format {
  name: string;
  extension: string;
  render: (d: Disclosure) => Promise<Uint8Array | string>;
}

const chromium = findChromium();
if (!chromium) console.warn('未找到 Chromium（apt-get install chromium），跳过 PDF 往返测试');

const FORMATS: Format[] = [
  { name: 'HTML', extension: 'html', render: async (d) => renderHtml(draftedFrom(d)) },
  { name: 'DOCX', extension: 'docx', render: (d) => renderDocx(draftedFrom(d)) },
  { name: 'XLSX', extension: 'xlsx', render: (d) => renderXlsx(draftedFrom(d)) },
  ...(chromium ? [{ name: 'PDF (Chromium)', extension: 'pdf', render: (d: Disclosure) => renderPdf(draftedFrom(d)) }] : []),
];

function roundTrip(id: string, path: () => string) {
  describe(`${id}: rendered package reads back to the same facts`, () => {
    for (const format of FORMATS) {
      it(format.name, { timeout: 120_000 }, async () => {
        const original = await extractFile(path());
        const expected = factsOf(original);
        const file = join(OUT, `${id}.${format.extension}`);
        writeFileSync(file, await format.render(original));
        const read = await extractFile(file);
        expect(factsOf(read)).toEqual(expected);
        const { file: _a, ...doc } = read.document;
        const { file: _b, ...want } = original.document;
        expect(doc).toEqual(want);
      });
    }
  });
}

roundTrip('mini-2024', () => resolve(import.meta.dirname, '../demo/mini-2024.txt'));
describe.skipIf(!hasShared)('corpus', () => {
  if (!hasShared) console.warn(SKIP_REASON);
  for (const id of ['000', '002', '003', 'putuo-ghzyj-2024-final']) roundTrip(id, () => corpusDocument(id));
});
