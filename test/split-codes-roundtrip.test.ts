// Coded tables rendered with the 科目编码 split into 类 | 款 | 项 (as the 财政部 template prints them) read back,
// through the project's own readers, to exactly the facts they were rendered from.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableSpec } from '../src/catalog/kinds/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { factKey } from '../src/model/fact.js';
import { extractFile } from '../src/pipeline/analyse.js';
import { draftPackage, readBack } from '../src/pipeline/publish.js';
import { renderDocx } from '../src/render/docx.js';
import { renderHtml } from '../src/render/html.js';
import { findChromium, renderPdf } from '../src/render/pdf.js';
import { layoutTables, type PrintedTable } from '../src/render/table-layout.js';
import { renderXlsx } from '../src/render/xlsx.js';
import { isCovered } from '../src/render/grid.js';
import { corpusDocument, hasShared, SKIP_REASON } from './support/shared-corpus.js';

const OUT = resolve(import.meta.dirname, '../test-output/render-split');
mkdirSync(OUT, { recursive: true });

const factsOf = (d: Disclosure) => Object.fromEntries(d.facts.map((f) => [factKey(f), f.value]));
const codedCodes = (d: Disclosure) =>
  Object.fromEntries(d.tables.filter((t) => tableSpec(t.id).layout === 'coded').map((t) => [t.id, t.codes.map((c) => c.code).sort()]));

const chromium = findChromium();
if (!chromium) console.warn('未找到 Chromium（apt-get install chromium），跳过分栏编码的 PDF 往返测试');

const FORMATS = {
  ...(chromium ? { pdf: (drafted: ReturnType<typeof draftPackage>, tables: PrintedTable[]) => renderPdf(drafted, { tables }) } : {}),
  html: async (drafted: ReturnType<typeof draftPackage>, tables: PrintedTable[]) => new TextEncoder().encode(renderHtml(drafted, { tables })),
  xlsx: (drafted: ReturnType<typeof draftPackage>, tables: PrintedTable[]) => renderXlsx(drafted, { tables }),
  docx: (drafted: ReturnType<typeof draftPackage>, tables: PrintedTable[]) => renderDocx(drafted, { tables }),
};

function roundTrip(id: string, path: () => string) {
  describe(`${id}: rendered with 类/款/项 code columns, reads back to the same facts`, () => {
    for (const [format, render] of Object.entries(FORMATS)) {
      it(format, { timeout: 120_000 }, async () => {
        const original = await extractFile(path());
        const drafted = draftPackage(original);
        const tables = layoutTables(drafted, { codeColumns: 'split' });
        // the layout really is split: every coded table prints 类 | 款 | 项 headers and no code longer than its part
        const coded = tables.filter((t) => tableSpec(t.id).layout === 'coded');
        expect(coded.length).toBeGreaterThan(0);
        for (const t of coded) {
          const texts = t.rows.map((r) => r.map((s) => (isCovered(s) ? '' : s.text)));
          expect(texts[2]!.slice(0, 3)).toEqual(['类', '款', '项']);
          for (const row of t.rows.slice(t.headerRows)) {
            const parts = row.slice(0, 3).map((s) => (isCovered(s) ? '' : s.text));
            if (parts[0] !== '合计') expect(parts.every((p, i) => p === '' || p.length === (i === 0 ? 3 : 2))).toBe(true);
          }
        }
        const bytes = await render(drafted, tables);
        const file = join(OUT, `${id}.${format}`);
        writeFileSync(file, bytes);
        const back = await readBack(file, bytes, original);
        expect(back.differences).toEqual([]);
        expect(factsOf(back.disclosure)).toEqual(factsOf(original));
        expect(codedCodes(back.disclosure)).toEqual(codedCodes(original));
        expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
      });
    }
  });
}

roundTrip('mini-2024', () => resolve(import.meta.dirname, '../demo/mini-2024.txt'));
describe.skipIf(!hasShared)('corpus', () => {
  if (!hasShared) console.warn(SKIP_REASON);
  for (const id of ['000', '002', '003']) roundTrip(id, () => corpusDocument(id));
});
