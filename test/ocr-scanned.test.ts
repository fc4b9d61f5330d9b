// A scanned copy of the Putuo sample (every page rendered to a 200 dpi JPEG and put back as an image-only PDF,
// as a scanner would produce it) read through OCR. Slow: about 3 s per page on two cores. Needs ../shared,
// poppler-utils and tesseract-ocr with tesseract-ocr-chi-sim.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit/index.js';
import { LOW_CONFIDENCE } from '../src/audit/ocr-confidence.js';
import { documentDepartment } from '../src/extract/document-info.js';
import { extractDisclosure } from '../src/extract/index.js';
import { factKey, type Fact } from '../src/model/fact.js';
import type { Finding } from '../src/model/finding.js';
import { readBytes, readDocument } from '../src/read/index.js';
import { scanPdf } from './support/image-pdf.js';
import { corpusDocument, goldenFacts, hasShared, sameDecimal, SKIP_REASON } from './support/shared-corpus.js';

const ID = 'putuo-ghzyj-2024-final';

function missingTools(): string | undefined {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    if (!execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(/\s+/).includes('chi_sim')) return 'tesseract 缺少 chi_sim 模型（apt-get install tesseract-ocr-chi-sim）';
    return undefined;
  } catch {
    return '未安装 tesseract-ocr / poppler-utils（apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils），跳过扫描件测试';
  }
}

const missing = hasShared ? missingTools() : SKIP_REASON;

/** A page's size as displayed (PDF units), from pdfinfo. */
function pageSize(file: string, page: number): { width: number; height: number } {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const size = new RegExp(`Page\\s+${page} size:\\s*([\\d.]+) x ([\\d.]+)`).exec(info)!;
  const rot = Number(new RegExp(`Page\\s+${page} rot:\\s*(\\d+)`).exec(info)?.[1] ?? 0);
  const [width, height] = [Number(size[1]), Number(size[2])];
  return rot % 180 === 0 ? { width, height } : { width: height, height: width };
}

/** Whether an audit finding points at the fact's table and row (or at its very cell). */
const caughtBy = (findings: readonly Finding[], fact: Pick<Fact, 'table' | 'row' | 'source'>) =>
  findings.filter((f) => f.severity !== 'info' && 'table' in f.location && f.location.table === fact.table && (f.location.row === fact.row || f.sources.some((s) => JSON.stringify(s) === JSON.stringify(fact.source))));

describe.skipIf(missing !== undefined)('a scanned (image-only) copy of the Putuo sample', () => {
  if (missing) console.warn(missing);

  it('reads the cover’s large type (36 pt) as printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-scan-cover-'));
    try {
      // The cover and the contents page (the whole document is read in the next test, in about a minute).
      const layout = await readBytes('putuo-cover.pdf', scanPdf(corpusDocument(ID), dir, { dpi: 200, quality: 80, pages: [1, 2] }));
      const cover = layout.blocks.filter((b) => b.kind === 'line' && 'page' in b.source && b.source.page === 1).map((b) => (b.kind === 'line' ? b.text.replace(/\s+/g, '') : ''));
      expect(cover.join('')).toBe('上海市普陀区规划和自然资源局2024年度部门决算');
      expect(layout.blocks.some((b) => b.kind === 'grid' && 'page' in b.source && b.source.page === 1)).toBe(false);
      expect(documentDepartment(layout.blocks, [])).toBe(goldenFacts(ID).document.department);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('reads at least 98 % of the golden facts exactly, and every wrong value is flagged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-scan-'));
    try {
      const pdf = scanPdf(corpusDocument(ID), dir, { dpi: 200, quality: 80 });
      const started = performance.now();
      const layout = await readBytes('putuo-scanned.pdf', pdf);
      const seconds = (performance.now() - started) / 1000;
      const pages = new Set(layout.blocks.map((b) => ('page' in b.source ? b.source.page : 0))).size;

      const golden = goldenFacts(ID);
      const d = extractDisclosure(layout);
      const { findings } = audit(d);
      const mine = new Map(d.facts.map((f) => [factKey(f), f]));
      const goldenKeys = new Set(golden.facts.map((g) => factKey(g as never)));
      const exact = golden.facts.filter((g) => sameDecimal(mine.get(factKey(g as never))?.value ?? '', g.value));
      // Wrong values: golden cells read as another number, and numbers put where the golden data have none.
      const wrong = [
        ...golden.facts.flatMap((g) => {
          const f = mine.get(factKey(g as never));
          return f && !sameDecimal(f.value, g.value) ? [{ fact: f, expected: g.value }] : [];
        }),
        ...d.facts.filter((f) => !goldenKeys.has(factKey(f))).map((fact) => ({ fact, expected: '(无)' })),
      ];
      const report = wrong.map(({ fact, expected }) => {
        const flags = [...(fact.confidence !== undefined && fact.confidence < LOW_CONFIDENCE ? [`M-04 ${fact.confidence.toFixed(2)}`] : []), ...new Set(caughtBy(findings, fact).map((f) => f.rule))];
        return { key: factKey(fact), expected, read: fact.value, flags };
      });
      const flagged = d.facts.filter((f) => f.confidence !== undefined && f.confidence < LOW_CONFIDENCE).length;
      console.log(
        `OCR ${pages} pages in ${seconds.toFixed(1)} s (${(seconds / pages).toFixed(2)} s/page); facts exact ${exact.length}/${golden.facts.length}; ` +
          `read ${d.facts.length}; flagged low-confidence ${flagged}; wrong ${JSON.stringify(report)}`,
      );

      expect(layout.format).toBe('pdf');
      expect(d.document).toMatchObject({ department: golden.document.department, year: golden.document.year, kind: golden.document.kind, unit: golden.document.unit });
      expect(exact.length / golden.facts.length).toBeGreaterThanOrEqual(0.98);
      expect(report.filter((r) => r.flags.length === 0)).toEqual([]);
      // Every recognised number carries its confidence and its place on the page, in PDF units.
      expect(d.facts.every((f) => f.confidence !== undefined && f.confidence >= 0 && f.confidence <= 1)).toBe(true);
      const fact = mine.get('T03|2120101|项目支出');
      expect(fact?.source).toMatchObject({ page: 11 });
      const [x0, top, x1, bottom] = (fact!.source as { bbox: number[] }).bbox as [number, number, number, number];
      expect(x0 < x1 && top < bottom && x1 <= 842 && bottom <= 596).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);

  it('reads pages scanned turned (90°, 180°, 270°) or askew (2°) as exactly as upright ones, with boxes on the page as shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-scan-lie-'));
    try {
      // 收支总表 turned a quarter clockwise, the 国有资本经营预算 table upside down, and the 一般公共预算财政拨款
      // table fed 2° askew on its first page and turned three quarters on the next (joined across the two).
      const lies = [
        { page: 7, turn: 90 as const, skew: 0 },
        { page: 17, turn: 180 as const, skew: 0 },
        { page: 12, turn: 0 as const, skew: 2 },
        { page: 13, turn: 270 as const, skew: 0 },
      ];
      const pdf = scanPdf(corpusDocument(ID), dir, { dpi: 200, quality: 80, pages: lies.map((l) => l.page), lie: Object.fromEntries(lies.map((l) => [l.page, { turn: l.turn, skew: l.skew }])) });
      const started = performance.now();
      const layout = await readBytes('putuo-turned.pdf', pdf);
      const seconds = (performance.now() - started) / 1000;
      const read = extractDisclosure(layout).facts;
      // The facts of those pages, and where the text layer of the original puts them (upright, PDF units).
      const digital = extractDisclosure(await readDocument(corpusDocument(ID))).facts.filter((f) => 'page' in f.source && lies.some((l) => l.page === (f.source as { page: number }).page));
      const golden = new Map(goldenFacts(ID).facts.map((g) => [factKey(g as never), g.value]));
      const mine = new Map(read.map((f) => [factKey(f), f]));
      const exact = digital.filter((f) => sameDecimal(mine.get(factKey(f))?.value ?? '', golden.get(factKey(f)) ?? f.value));
      console.log(`turned/askew scans: ${lies.length} pages in ${seconds.toFixed(1)} s; facts exact ${exact.length}/${digital.length}`);
      expect(digital.length).toBeGreaterThan(20);
      expect(exact.map((f) => factKey(f))).toEqual(digital.map((f) => factKey(f)));

      for (const f of digital) {
        const original = f.source as { page: number; bbox: [number, number, number, number] };
        const k = lies.findIndex((l) => l.page === original.page);
        const got = mine.get(factKey(f))!.source as { page: number; bbox: [number, number, number, number] };
        expect(got.page).toBe(k + 1);
        // The centre of the cell on the original page, turned (and tilted) as the scan was.
        const centre = (b: readonly number[]) => [(b[0]! + b[2]!) / 2, (b[1]! + b[3]!) / 2] as const;
        const [cx, cy] = centre(original.bbox);
        const size = pageSize(corpusDocument(ID), original.page);
        const lie = lies[k]!;
        const turned = lie.turn === 90 ? [size.height - cy, cx] : lie.turn === 180 ? [size.width - cx, size.height - cy] : lie.turn === 270 ? [cy, size.width - cx] : [cx, cy];
        const shown = lie.turn % 180 === 90 ? { width: size.height, height: size.width } : size;
        const [ax, ay] = [turned[0]! - shown.width / 2, turned[1]! - shown.height / 2];
        const r = (lie.skew * Math.PI) / 180;
        const expected = [shown.width / 2 + ax * Math.cos(r) - ay * Math.sin(r), shown.height / 2 + ax * Math.sin(r) + ay * Math.cos(r)];
        const [gx, gy] = centre(got.bbox);
        // Within a few points: the scanned cell is found from the image's rulings, not the PDF's.
        expect(Math.hypot(gx - expected[0]!, gy - expected[1]!), `${factKey(f)} on page ${got.page}`).toBeLessThan(6);
      }

      // Text lines outside the tables are on the page as shown too: on a page lying sideways a line of text runs
      // down the page, so its box is taller than wide, and every box lies inside the page.
      let sideways = 0;
      lies.forEach((lie, k) => {
        const size = pageSize(corpusDocument(ID), lie.page);
        const shown = lie.turn % 180 === 90 ? { width: size.height, height: size.width } : size;
        const lines = layout.blocks.filter((b) => b.kind === 'line' && 'page' in b.source && b.source.page === k + 1 && [...b.text].length >= 8);
        for (const line of lines) {
          const [x0, y0, x1, y1] = (line.source as { bbox: [number, number, number, number] }).bbox;
          expect(x0 >= -1 && y0 >= -1 && x1 <= shown.width + 1 && y1 <= shown.height + 1, `${line.kind} on page ${k + 1}`).toBe(true);
          if (lie.turn % 180 !== 90) continue;
          expect(y1 - y0, `a line on the sideways page ${k + 1}`).toBeGreaterThan(x1 - x0);
          sideways++;
        }
      });
      expect(sideways).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
