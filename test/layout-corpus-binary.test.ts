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
const KNOWN_FAILING: Record<string, string> = {};

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
