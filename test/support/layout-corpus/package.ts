// A complete minimal 部门决算 package around the tables of a case: cover, optionally a 目录, the tables part (each
// table on a page of its own, continued over pages when long), and a short 情况说明.
import { chineseNumeral } from '../../../src/model/chinese-numeral.js';
import type { CorpusDocument, DocBlock, TextBlock } from './corpus-document.js';
import { headerRowCount, rowLines, type CorpusTable } from './corpus-table.js';
import { narrative } from './narrative.js';
import type { SourceDocument } from './sources.js';
import type { TruthFact } from './truth.js';
import { wrapText } from './wrap-text.js';

/** What prints at the foot of every page after the cover. */
export type PageFoot =
  /** the running footer "测试县示例局2024年度部门决算" */
  | 'footer'
  /** "- 7 -" */
  | 'page-number';

/** What prints at the top of the next page of a table continued over pages. */
export type ContinuedHead =
  /** "支出决算表（续表）" */
  | 'continued-title'
  /** "金额单位：万元" again */
  | 'unit-line';

export interface PackageOptions {
  /** Print a 目录 after the cover. */
  toc?: boolean;
  /** 目录 entries longer than this many characters wrap; the leader dots and page number go on the last line. */
  tocWrap?: number;
  /** Part headings, section headings and table titles longer than this many characters wrap. */
  headingWrap?: number;
  /** Running footers and page numbers at the foot of the pages (printed documents number their pages). */
  pageFoot?: PageFoot[];
  /** Tables continued over pages: body rows per page, whether the header repeats, what heads the next page. */
  continued?: { rows: number; repeatHeader: boolean; head: ContinuedHead[] };
}

/** Table lines a page holds below the title and meta lines (portrait A4 at 9 pt, landscape A4). */
const PAGE_LINES = { portrait: 40, landscape: 26 };

/** The pages of a table: body rows in runs that fit a page (or as many as the continued-tables option says). */
function tablePages(table: CorpusTable, continued: PackageOptions['continued']): number[][] {
  const header = headerRowCount(table);
  const headerLines = table.rows.slice(0, header).reduce((n, r) => n + rowLines(r), 0);
  const pages: number[][] = [[]];
  let lines = headerLines;
  for (let r = header; r < table.rows.length; r++) {
    const need = rowLines(table.rows[r]!);
    const page = pages.at(-1)!;
    const full = continued ? page.length >= continued.rows : lines + need > PAGE_LINES[table.orientation];
    if (page.length > 0 && full) {
      pages.push([]);
      lines = continued && !continued.repeatHeader ? 0 : headerLines;
    }
    pages.at(-1)!.push(r);
    lines += need;
  }
  return pages;
}

/** The package printing the given tables of the source document. */
export function buildPackage(source: SourceDocument, tables: CorpusTable[], facts: readonly TruthFact[], options: PackageOptions = {}): CorpusDocument {
  const { department, year } = source;
  const heading = (text: string, level: number): TextBlock => ({ kind: 'text', role: 'heading', lines: wrapText(text, options.headingWrap), level, align: 'center' });
  const tablesPart = `第一部分 ${department}${year}年度部门决算表`;
  const narrativePart = `第二部分 ${department}${year}年度部门决算情况说明`;

  const body: DocBlock[] = [];
  let page = options.toc ? 2 : 1; // the cover (with the 目录 on a page of its own)
  const tablePage: number[] = [];
  const foot = (): TextBlock[] =>
    (options.pageFoot ?? []).map((role) => ({ kind: 'text', role, lines: [role === 'footer' ? `${department}${year}年度部门决算` : `- ${page} -`], align: 'center' }));
  const pageBreak = () => {
    if (page > 1) body.push(...foot());
    body.push({ kind: 'page-break' });
    page++;
  };
  tables.forEach((table, t) => {
    pageBreak();
    if (t === 0) body.push(heading(tablesPart, 1));
    tablePage.push(page);
    body.push({ kind: 'text', role: 'table-title', lines: wrapText(table.title, options.headingWrap), level: 2, align: 'center' });
    body.push({ kind: 'text', role: 'table-meta', lines: [table.label], align: 'right' });
    if (table.yearLine) body.push({ kind: 'text', role: 'table-meta', lines: [table.yearLine], align: 'center' });
    if (table.department) body.push({ kind: 'text', role: 'table-meta', lines: [`部门名称：${table.department}`], align: 'left' });
    body.push({ kind: 'text', role: 'table-meta', lines: [table.unitLine], align: 'right' });
    const header = Array.from({ length: headerRowCount(table) }, (_, r) => r);
    tablePages(table, options.continued).forEach((rows, k) => {
      if (k > 0) {
        const between = options.continued?.head ?? [];
        pageBreak();
        if (between.includes('continued-title')) body.push({ kind: 'text', role: 'table-title', lines: [`${table.title}（续表）`], level: 2, align: 'center' });
        if (between.includes('unit-line')) body.push({ kind: 'text', role: 'table-meta', lines: [table.unitLine], align: 'right' });
      }
      const repeat = k === 0 || (options.continued?.repeatHeader ?? true);
      body.push({ kind: 'table', table, rows: [...(repeat ? header : []), ...rows] });
    });
    for (const note of table.notes) body.push({ kind: 'text', role: 'note', lines: [note], align: 'left' });
  });
  pageBreak();
  const narrativePage = page;
  body.push(heading(narrativePart, 1));
  for (const section of narrative(year, source.unit, facts)) {
    body.push(heading(section.heading, 2));
    for (const p of section.paragraphs) body.push({ kind: 'text', role: 'paragraph', lines: [p], align: 'left' });
  }
  body.push(...foot());

  const cover: DocBlock[] = [
    { kind: 'text', role: 'cover', lines: [department], align: 'center' },
    { kind: 'text', role: 'cover', lines: [`${year}年度部门决算`], align: 'center' },
  ];
  const toc: DocBlock[] = options.toc
    ? [
        { kind: 'page-break' },
        { kind: 'text', role: 'heading', lines: ['目录'], level: 1, align: 'center' },
        { kind: 'text', role: 'toc', lines: wrapText(tablesPart, options.tocWrap), page: tablePage[0] ?? narrativePage },
        ...tables.map((table, t): TextBlock => ({ kind: 'text', role: 'toc', lines: wrapText(`${chineseNumeral(t + 1)}、${table.title}`, options.tocWrap), page: tablePage[t]! })),
        { kind: 'text', role: 'toc', lines: wrapText(narrativePart, options.tocWrap), page: narrativePage },
      ]
    : [];
  return { info: { department, year, unit: source.unit, tables: tables.map((t) => t.id) }, blocks: [...cover, ...toc, ...body] };
}
