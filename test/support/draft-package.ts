// A package made of a document's own standard tables and a drafted narrative, read back the way any document
// is read: the layout keeps the table regions (titles, meta lines, grids, 说明) and drops the original narrative;
// the drafted parts follow as plain lines (headings on their own lines). The extractor and the audit then judge
// the draft exactly as they would judge a published package.
import { audit } from '../../src/audit/index.js';
import type { DraftedDisclosure, DraftOptions } from '../../src/draft/index.js';
import { draftDisclosure, paragraphText } from '../../src/draft/index.js';
import { extractDisclosure } from '../../src/extract/index.js';
import { compact } from '../../src/extract/normalize.js';
import { readTableOfContents } from '../../src/extract/table-of-contents.js';
import { findTableRegions } from '../../src/extract/table-region.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { AuditSummary, Finding } from '../../src/model/finding.js';
import type { Block, Layout, LineBlock } from '../../src/read/layout.js';
import { readDocument } from '../../src/read/index.js';

/** A line of the drafted package; `heading` marks a part (1) or section heading (2, 3). */
export interface DraftLine {
  text: string;
  heading?: number;
}

/** The drafted parts as printed lines: part heading, section headings, one line per paragraph. */
export function draftLines(drafted: DraftedDisclosure, part?: string): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const p of drafted.parts) {
    if (part !== undefined && p.id !== part) continue;
    lines.push({ text: p.heading, heading: 1 });
    for (const s of p.sections) {
      if (s.heading) lines.push({ text: s.heading, heading: 1 + (s.level ?? 1) });
      for (const paragraph of s.paragraphs) lines.push({ text: paragraphText(paragraph) });
    }
  }
  return lines;
}

const NO_DATA_NOTE = /无数据|没有|未发生|无此项|无相关|为空/;

/** The blocks of the standard tables (after any table of contents), with a drafted 说明 under empty tables that lack one. */
export function tableBlocks(layout: Layout, drafted: DraftedDisclosure, line: () => number): Block[] {
  const toc = readTableOfContents(layout.blocks);
  const regions = findTableRegions(layout.blocks).filter((r) => !toc || r.start >= toc.end);
  const out: Block[] = [];
  for (const region of regions) {
    out.push(...layout.blocks.slice(region.start, region.end));
    const note = drafted.tables.find((t) => t.id === region.id)?.note;
    if (note && !region.notes.some((n) => NO_DATA_NOTE.test(compact(n)))) out.push({ kind: 'line', text: `说明：${note}`, source: { line: line() } });
  }
  return out;
}

/** The original tables with the drafted 概况 before and the 情况说明 and 名词解释 after them. */
export function spliceDraft(original: Layout, drafted: DraftedDisclosure): Layout {
  const used = original.blocks.flatMap((b) => (b.kind === 'line' ? [b.source] : [b.source, ...b.rows.map((r) => r.source)]));
  let next = Math.max(0, ...used.map((s) => ('line' in s ? s.line : 0))) + 1;
  const line = () => next++;
  const asBlocks = (lines: DraftLine[]): LineBlock[] =>
    lines.map((l) => ({ kind: 'line', text: l.text, source: { line: line() }, ...(l.heading !== undefined ? { heading: l.heading } : {}) }));
  const [first, ...rest] = drafted.parts;
  return {
    file: original.file,
    format: original.format,
    blocks: [
      ...asBlocks([{ text: drafted.title }]),
      ...asBlocks(first ? draftLines(drafted, first.id) : []),
      ...tableBlocks(original, drafted, line),
      ...rest.flatMap((p) => asBlocks(draftLines(drafted, p.id))),
    ],
  };
}

export interface DraftedPackage {
  original: Disclosure;
  drafted: DraftedDisclosure;
  layout: Layout;
  /** The spliced package as the extractor reads it. */
  disclosure: Disclosure;
  findings: Finding[];
  summary: AuditSummary;
}

/** Reads a layout, drafts its narrative from its facts, splices the draft into its tables and audits the result. */
export function auditDraftedLayout(original: Layout, options: DraftOptions = {}): DraftedPackage {
  const source = extractDisclosure(original);
  const drafted = draftDisclosure(source, options);
  const layout = spliceDraft(original, drafted);
  const disclosure = extractDisclosure(layout);
  return { original: source, drafted, layout, disclosure, ...audit(disclosure) };
}

export async function auditDraftedFile(file: string, options: DraftOptions = {}): Promise<DraftedPackage> {
  return auditDraftedLayout(await readDocument(file), options);
}

/** The package as text (one line per block, grid rows tab-separated), for reading a failing test's input. */
export function layoutText(layout: Layout): string {
  return layout.blocks.map((b) => (b.kind === 'line' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n'))).join('\n');
}

/** Where a figure run sits in a drafted disclosure: part, section, paragraph and run indices. */
export interface FigureAt {
  part: number;
  section: number;
  paragraph: number;
  run: number;
  text: string;
  heading: string;
  /** The paragraph's text before the figure. */
  before: string;
}

/** Every figure run of the drafted parts, in print order. */
export function figureRuns(drafted: DraftedDisclosure): FigureAt[] {
  const out: FigureAt[] = [];
  drafted.parts.forEach((p, part) =>
    p.sections.forEach((s, section) =>
      s.paragraphs.forEach((runs, paragraph) =>
        runs.forEach((r, run) => {
          if (r.kind === 'figure') out.push({ part, section, paragraph, run, text: r.text, heading: s.heading, before: runs.slice(0, run).map((x) => x.text).join('') });
        }),
      ),
    ),
  );
  return out;
}

/** A copy of the draft with one figure run's text replaced. */
export function withFigure(drafted: DraftedDisclosure, at: FigureAt, text: string): DraftedDisclosure {
  return {
    ...drafted,
    parts: drafted.parts.map((p, part) => ({
      ...p,
      sections: p.sections.map((s, section) => ({
        ...s,
        paragraphs: s.paragraphs.map((runs, paragraph) =>
          runs.map((r, run) => (part === at.part && section === at.section && paragraph === at.paragraph && run === at.run ? { ...r, text } : r)),
        ),
      })),
    })),
  };
}

/**
 * A printed figure changed the way a typing slip changes it: one more in the units digit of the integer part
 * ("2,262.43万元" → "2,263.43万元", "27.05%" → "28.05%", "0辆" → "1辆").
 */
export function slip(figureText: string): string {
  return figureText.replace(/^(-?[\d,]*)(\d)((?:\.\d+)?)/, (_, head: string, digit: string, tail: string) => {
    const bumped = Number(digit) + 1;
    return bumped < 10 ? `${head}${bumped}${tail}` : `${head}${digit === '9' ? '8' : bumped}${tail}`;
  });
}
