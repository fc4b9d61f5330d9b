import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factKey } from '../src/model/fact.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { extractFile } from '../src/pipeline/analyse.js';
import { draftPackage, readBack, renderPackage, type OutputFormat } from '../src/pipeline/publish.js';
import { findChromium } from '../src/render/pdf.js';
import { corpusDocument, hasShared, SKIP_REASON } from './support/shared-corpus.js';

const OUT = resolve(import.meta.dirname, '../test-output/render');
mkdirSync(OUT, { recursive: true });

const factsOf = (d: Disclosure) => Object.fromEntries(d.facts.map((f) => [factKey(f), f.value]));

const chromium = findChromium();
if (!chromium) console.warn('未找到 Chromium（apt-get install chromium），跳过 PDF 往返测试');
const FORMATS: OutputFormat[] = ['html', 'docx', 'xlsx', ...(chromium ? (['pdf'] as const) : [])];

// The whole of issue #5's promise: the package drafted from the facts, rendered in every format, reads back
// through the project's own readers to the same facts and document, and its audit finds no error.
function roundTrip(id: string, path: () => string) {
  describe(`${id}: drafted and rendered package reads back to the same facts, with no error`, () => {
    for (const format of FORMATS) {
      it(format, { timeout: 120_000 }, async () => {
        const original = await extractFile(path());
        const bytes = await renderPackage(draftPackage(original), format);
        const file = join(OUT, `${id}.${format}`);
        writeFileSync(file, bytes);
        const back = await readBack(file, bytes, original);
        expect(back.differences).toEqual([]);
        expect(factsOf(back.disclosure)).toEqual(factsOf(original));
        const { file: _a, ...doc } = back.disclosure.document;
        const { file: _b, ...want } = original.document;
        expect(doc).toEqual(want);
        expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
        // The narrative was read back and checked, not skipped.
        expect(back.disclosure.claims.length).toBeGreaterThan(20);
      });
    }
  });
}

roundTrip('mini-2024', () => resolve(import.meta.dirname, '../demo/mini-2024.txt'));
describe.skipIf(!hasShared)('corpus', () => {
  if (!hasShared) console.warn(SKIP_REASON);
  for (const id of ['000', '002', '003', 'putuo-ghzyj-2024-final']) roundTrip(id, () => corpusDocument(id));
});
