// The layout-variation corpus (issue 10 §4), binary formats: the families printed as digital PDF (Chromium), the
// PDF's pdftotext -layout and -raw copies, DOCX, XLSX, HTML and a few scanned PDFs, each read as `juesuan check`
// reads it and judged against the facts it prints. Slow (Chromium, OCR): the fixture document in every variant, one
// golden document per family, two scanned cases. Prints the family × format matrix for BENCHMARKS.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryCases, corpusPrint, type CorpusCase, type CorpusPrint } from './support/layout-corpus/cases.js';
import { FAMILIES, FORMATS, TEXT_FORMATS, type FormatId } from './support/layout-corpus/families.js';
import type { CaseOutcome } from './support/layout-corpus/judge.js';
import { corpusMatrix } from './support/layout-corpus/matrix.js';
import { missingOcrTools, missingPdfTools } from './support/layout-corpus/print-pdf.js';
import { judgeCases, knownFailingReport } from './support/layout-corpus/run-corpus.js';
import { MINI_SOURCE } from './support/layout-corpus/mini-source.js';
import { sourceDocuments } from './support/layout-corpus/sources.js';
import { hasShared, SKIP_REASON } from './support/shared-corpus.js';

/**
 * Cases that do not read yet, each with how it fails; see layout-corpus.test.ts and
 * test/support/layout-corpus/DIAGNOSIS.md. The lead empties this list before issue 10 closes.
 */
const KNOWN_FAILING: Record<string, string> = {
  // R1 the table region ends at a long header or section line before the numbers (text without tabs)
  'F1/numbers-first-line/mini/pdftotext-raw': 'exact 0/54; unreported 35; dependent errors 2',
  'F1/numbers-last-line/mini/pdftotext-raw': 'exact 0/54; unreported 35; dependent errors 2',
  'F1/numbers-middle-line/000/pdftotext-raw': 'exact 0/154; unreported 101; dependent errors 2',
  'F1/numbers-middle-line/mini/pdftotext-raw': 'exact 0/54; unreported 35; dependent errors 2',
  'F1/parts-on-total-row/mini/pdftotext-raw': 'exact 0/54; unreported 35; dependent errors 2',
  'F1/total-numbers-above-label/mini/pdftotext-raw': 'exact 0/54; unreported 35; dependent errors 2',
  'F2/split-codes-numbers-last-line/003/pdftotext-raw': 'exact 0/52; unreported 52; dependent errors 2',
  'F4/dashes-for-blanks/mini/pdftotext-layout': 'exact 0/90; unreported 11',
  'F4/dashes-for-blanks/mini/pdftotext-raw': 'exact 0/90; unreported 57; dependent errors 2',
  'F4/final-amount-under-every-header/mini/pdftotext-layout': 'exact 0/90; unreported 11',
  'F4/final-amount-under-every-header/mini/pdftotext-raw': 'exact 0/90; unreported 57; dependent errors 2',
  'F4/total-at-bottom/mini/pdftotext-layout': 'exact 0/90; unreported 11',
  'F4/total-at-bottom/mini/pdftotext-raw': 'exact 0/90; unreported 57; dependent errors 2',
  'F4/zeros-for-blanks-thousands/mini/pdftotext-layout': 'exact 0/170; unreported 17',
  'F4/zeros-for-blanks-thousands/mini/pdftotext-raw': 'exact 0/170; unreported 132; dependent errors 2',
  'F4/zeros-for-blanks-thousands/putuo/pdftotext-layout': 'exact 0/508; unreported 12',
  'F4/zeros-for-blanks-thousands/putuo/pdftotext-raw': 'exact 0/508; unreported 421; dependent errors 5',
  'F5/wrapped-toc-entries/mini/pdftotext-layout': 'exact 0/90; unreported 11',
  'F5/wrapped-toc-entries/mini/pdftotext-raw': 'exact 0/90; unreported 57; dependent errors 2',
  'F6/continued-title-unit-line/mini/pdftotext-layout': 'exact 0/90; unreported 9',
  'F6/continued-title-unit-line/mini/pdftotext-raw': 'exact 0/90; unreported 55; dependent errors 2',
  'F6/header-repeated-page-numbers/mini/pdftotext-layout': 'exact 0/90; unreported 11',
  'F6/header-repeated-page-numbers/mini/pdftotext-raw': 'exact 0/90; unreported 57; dependent errors 2',
  'F6/no-header-running-footer/000/pdftotext-layout': 'exact 0/213; unreported 12',
  'F6/no-header-running-footer/000/pdftotext-raw': 'exact 0/213; unreported 126; dependent errors 2',
  'F6/no-header-running-footer/mini/pdftotext-layout': 'exact 0/90; unreported 11',
  'F6/no-header-running-footer/mini/pdftotext-raw': 'exact 0/90; unreported 57; dependent errors 2',
  // R3 a wrapped title whose second line is itself a shorter title (支出决算表) is not joined
  'F5/wrapped-headings-and-titles/002/docx': 'exact 117/160; unreported 43; document tables',
  'F5/wrapped-headings-and-titles/002/html': 'exact 117/160; unreported 43; document tables',
  'F5/wrapped-headings-and-titles/002/pdftotext-layout': 'exact 0/160; unreported 43; document tables',
  'F5/wrapped-headings-and-titles/002/pdftotext-raw': 'exact 0/160; unreported 94; document tables',
  'F5/wrapped-headings-and-titles/mini/docx': 'exact 65/90; unreported 25; document tables',
  'F5/wrapped-headings-and-titles/mini/html': 'exact 65/90; unreported 25; document tables',
  'F5/wrapped-headings-and-titles/mini/pdftotext-layout': 'exact 0/90; unreported 30; document tables',
  'F5/wrapped-headings-and-titles/mini/pdftotext-raw': 'exact 0/90; unreported 57; document tables',
  // R4 split 类 | 款 economic codes: 款 rows read under the 类 code, equal numbers swallowed as reprints
  'F2/split-codes-numbers-first-line/mini/docx': 'exact 4/7; unreported 1',
  'F2/split-codes-numbers-first-line/mini/html': 'exact 4/7; unreported 1',
  'F2/split-codes-numbers-first-line/mini/pdf': 'exact 4/7; unreported 1',
  'F2/split-codes-numbers-first-line/mini/xlsx': 'exact 4/7; unreported 1',
  // R5 决算数 under every column: 公开04 expenditure columns unmatched, X-08/T04-07 compare against the unread cells
  'F4/final-amount-under-every-header/mini/docx': 'exact 82/90; dependent errors 4',
  'F4/final-amount-under-every-header/mini/html': 'exact 82/90; dependent errors 4',
  'F4/final-amount-under-every-header/mini/pdf': 'exact 82/90; dependent errors 4',
  'F4/final-amount-under-every-header/mini/xlsx': 'exact 82/90; dependent errors 4',
  // R6 unruled PDF: 科目编码 merged with 类, so 类 | 款 | 项 is not found and columns shift
  'F1/numbers-middle-line/000/pdf': 'exact 101/154; wrong 2; extra 2; unreported 4',
  'F1/numbers-middle-line/mini/pdf': 'exact 35/54; wrong 2; extra 1; unreported 3',
  // R7 scanned: 款 misread and merged header cells re-read as fragments, split codes / 公开06 blocks not found
  'F1/numbers-first-line/mini/scan': 'exact 22/54; unreported 24',
  'F2/split-codes-numbers-first-line/mini/scan': 'exact 1/7; dependent errors 2',
};

/** One golden document per family (in the variant most like the real publications it stands for). */
const GOLDEN_CASES: Record<string, { source: string; variant: string }> = {
  F1: { source: '000', variant: 'numbers-middle-line' },
  F2: { source: '003', variant: 'split-codes-numbers-last-line' },
  F4: { source: 'putuo-ghzyj-2024-final', variant: 'zeros-for-blanks-thousands' },
  F5: { source: '002', variant: 'wrapped-headings-and-titles' },
  F6: { source: '000', variant: 'no-header-running-footer' },
};

/** The scanned cases (OCR costs 3–4 s a page): the fixture's split-code tables and its two-sided 公开06. */
const SCANNED = new Set(['F1/numbers-first-line', 'F2/split-codes-numbers-first-line']);

const BINARY_FORMATS: FormatId[] = FORMATS.filter((f) => !TEXT_FORMATS.includes(f));
const noPdf = missingPdfTools();
const noOcr = noPdf ?? missingOcrTools();
if (noPdf) console.warn(noPdf);
if (noOcr && !noPdf) console.warn(noOcr);
if (!hasShared) console.warn(`${SKIP_REASON}：版式语料只用内置的示例文件`);

const prints: CorpusPrint[] = FAMILIES.flatMap((family) => [
  ...family.variants.map((variant) => corpusPrint(family, variant, MINI_SOURCE)),
  ...sourceDocuments()
    .filter((s) => s.id === GOLDEN_CASES[family.id]?.source)
    .map((source) => corpusPrint(family, family.variants.find((v) => v.id === GOLDEN_CASES[family.id]!.variant)!, source)),
]);

const dir = mkdtempSync(join(tmpdir(), 'juesuan-layout-corpus-binary-'));
let cases: CorpusCase[] = [];
const outcomes: CaseOutcome[] = [];

beforeAll(async () => {
  cases = await binaryCases(prints, {
    pdf: noPdf === undefined,
    scan: (p) => noOcr === undefined && p.source === MINI_SOURCE && SCANNED.has(`${p.family.id}/${p.variant.id}`),
  });
}, 600_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(`layout corpus, binary formats: ${cases.length} cases\n${corpusMatrix(outcomes, BINARY_FORMATS)}\n${knownFailingReport(outcomes, KNOWN_FAILING)}`);
});

describe('the layout corpus read by the product (PDF, text copies of PDFs, DOCX, XLSX, HTML, scans)', () => {
  for (const family of FAMILIES) {
    for (const format of BINARY_FORMATS.filter((f) => family.formats[f] === true)) {
      const skip = (['pdf', 'pdftotext-layout', 'pdftotext-raw', 'scan'].includes(format) && noPdf !== undefined) || (format === 'scan' && noOcr !== undefined);
      it.skipIf(skip)(`${family.id} ${family.name} × ${format}`, { timeout: 300_000 }, async () => {
        const own = cases.filter((c) => c.family === family.id && c.format === format);
        expect(own.length).toBeGreaterThan(0);
        const { outcomes: judged, mismatches } = await judgeCases(own, dir, KNOWN_FAILING);
        outcomes.push(...judged);
        expect(mismatches).toEqual([]);
      });
    }
  }
});
