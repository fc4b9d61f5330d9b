// Plain-text copies of the real sample PDFs (issue 10 §3.3), made with pdftotext as a user would make them: with
// -layout (columns kept by runs of spaces), -raw (single spaces, in the order of the content stream) and without
// options (a viewer-like copy, cells in reading order). Each copy is read as `juesuan check` reads it and judged
// against the PDF's golden facts like a layout-corpus case: no wrong fact, nothing read that the PDF does not print,
// every number not read reported unread in its table, and no error finding that depends on one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TableId } from '../src/model/table-id.js';
import type { CorpusCase } from './support/layout-corpus/cases.js';
import { describeFailure } from './support/layout-corpus/failure-report.js';
import { judgeCase } from './support/layout-corpus/judge.js';
import { goldenFacts, hasShared, SHARED_DIR, SKIP_REASON } from './support/shared-corpus.js';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skip = !hasShared ? SKIP_REASON : !hasPdftotext ? 'pdftotext 未安装（poppler-utils），跳过文本副本测试' : undefined;
if (skip) console.warn(skip);

const MODES = { layout: ['-layout'], raw: ['-raw'], plain: [] } as const;
const samples = skip ? [] : readdirSync(join(SHARED_DIR, 'samples')).filter((f) => f.endsWith('.pdf'));
const withGolden = samples.filter((f) => readdirSync(join(SHARED_DIR, 'golden')).includes(f.replace(/\.pdf$/, '.facts.json')));
const dir = mkdtempSync(join(tmpdir(), 'juesuan-pdftotext-copies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copyOf(pdf: string, mode: keyof typeof MODES): Uint8Array {
  const out = join(dir, `${pdf.replace(/\.pdf$/, '')}.${mode}.out`);
  execFileSync('pdftotext', [...MODES[mode], '-enc', 'UTF-8', join(SHARED_DIR, 'samples', pdf), out]);
  return readFileSync(out);
}

describe.skipIf(skip !== undefined)('pdftotext copies of the sample PDFs', () => {
  it('has a sample with golden facts', () => expect(withGolden.length).toBeGreaterThan(0));

  for (const pdf of withGolden) {
    for (const mode of Object.keys(MODES) as (keyof typeof MODES)[]) {
      it(`${pdf} × pdftotext ${mode}: every golden fact exact, or reported unread with no dependent error`, async () => {
        const golden = goldenFacts(pdf.replace(/\.pdf$/, ''));
        const c: CorpusCase = {
          id: `${pdf}/${mode}`,
          family: 'F3',
          variant: `pdftotext-${mode}`,
          source: pdf,
          format: mode === 'layout' ? 'pdftotext-layout' : 'pdftotext-raw',
          file: `${pdf.replace(/\.pdf$/, '')}.${mode}.txt`,
          bytes: copyOf(pdf, mode),
          document: { ...golden.document, tables: golden.document.tables as TableId[] },
          facts: golden.facts.map((f) => ({ ...f, table: f.table as TableId })),
        };
        const outcome = await judgeCase(c, dir);
        console.log(`${c.id}: exact ${outcome.exact}/${outcome.total}, wrong ${outcome.wrong.length}, extra ${outcome.extra.length}, unread numbers ${outcome.unread}`);
        expect(outcome.pass, describeFailure(outcome).join('\n')).toBe(true);
      });
    }
  }
});
