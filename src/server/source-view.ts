// What the portal shows for a source: the text lines around a line, the sheet grid around a cell, or a PDF page
// with its box. Built from the reader's Layout (text, DOCX, HTML, XLSX) so that line and cell numbers are
// exactly the ones the facts and findings carry; PDF pages are shown as images (source-view-pages.ts).
import type { Layout } from '../read/layout.js';
import { columnLetters } from '../read/xlsx/sheet-blocks.js';
import type { Source } from '../model/source.js';
import { z } from 'zod';

export const TextCellSchema = z.object({ column: z.number().int(), text: z.string() });
export type TextCell = z.infer<typeof TextCellSchema>;

/** One numbered line: plain text, or the cells of a table row (tab-separated text, DOCX/HTML tables). */
export const TextLineSchema = z.object({ line: z.number().int(), text: z.string(), cells: z.array(TextCellSchema).optional() });
export type TextLine = z.infer<typeof TextLineSchema>;

export const TextViewSchema = z.object({
  kind: z.literal('text'),
  line: z.number().int(),
  column: z.number().int().optional(),
  lines: z.array(TextLineSchema),
  before: z.boolean().describe('窗口之前还有文字'),
  after: z.boolean().describe('窗口之后还有文字'),
});
export type TextView = z.infer<typeof TextViewSchema>;

export const SheetViewSchema = z.object({
  kind: z.literal('sheet'),
  sheet: z.string(),
  cell: z.string(),
  columns: z.array(z.string()).describe('窗口的列字母，由左到右'),
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string().nullable()) })),
});
export type SheetView = z.infer<typeof SheetViewSchema>;

export const PageViewSchema = z.object({
  kind: z.literal('page'),
  page: z.number().int(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  image: z.string().describe('页面 PNG 的地址；1 个 PDF 单位为 dpi/72 像素，从页面左上角起算'),
  dpi: z.number(),
  texts: z.array(z.string()).describe('框内读到的内容（数字和文字），作为框的文字说明'),
});
export type PageView = z.infer<typeof PageViewSchema>;

export const SourceViewSchema = z.discriminatedUnion('kind', [TextViewSchema, SheetViewSchema, PageViewSchema]);
export type SourceView = z.infer<typeof SourceViewSchema>;

/** Every line of a line-numbered layout, in line order (a line appears once even when a reader repeats it). */
export function layoutLines(layout: Layout): TextLine[] {
  const byLine = new Map<number, TextLine>();
  for (const block of layout.blocks) {
    if (block.kind === 'line') {
      if ('line' in block.source && !byLine.has(block.source.line)) byLine.set(block.source.line, { line: block.source.line, text: block.text });
      continue;
    }
    for (const row of block.rows) {
      if (!('line' in row.source) || byLine.has(row.source.line)) continue;
      const cells = row.cells.map((c, i) => ({ column: 'line' in c.source && c.source.column ? c.source.column : i + 1, text: c.text }));
      byLine.set(row.source.line, { line: row.source.line, text: cells.map((c) => c.text).join('\t'), cells });
    }
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** The `context` lines before and after a line (by position among the lines that have text). */
export function textView(lines: readonly TextLine[], source: { line: number; column?: number | undefined }, context = 8): TextView {
  let at = lines.findIndex((l) => l.line >= source.line);
  if (at < 0) at = lines.length;
  const start = Math.max(0, at - context);
  const end = Math.min(lines.length, at + context + 1);
  return {
    kind: 'text',
    line: source.line,
    ...(source.column ? { column: source.column } : {}),
    lines: lines.slice(start, end),
    before: start > 0,
    after: end < lines.length,
  };
}

/** "C12" → { col: 3, row: 12 }. */
export function parseCellRef(ref: string): { col: number; row: number } | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/** The cells of one sheet, by "col,row". */
function sheetCells(layout: Layout, sheet: string): Map<string, string> {
  const cells = new Map<string, string>();
  const put = (source: Source, text: string) => {
    if (!('sheet' in source) || source.sheet !== sheet) return;
    const at = parseCellRef(source.cell);
    if (at && !cells.has(`${at.col},${at.row}`)) cells.set(`${at.col},${at.row}`, text);
  };
  for (const block of layout.blocks) {
    if (block.kind === 'line') put(block.source, block.text);
    else for (const row of block.rows) for (const cell of row.cells) put(cell.source, cell.text);
  }
  return cells;
}

/**
 * The grid around a cell: `rowContext` rows above and below, and the columns the sheet uses there (at most
 * `maxColumns`, kept around the cell), so that the reader sees the row and column headers of the figure.
 */
export function sheetView(layout: Layout, source: { sheet: string; cell: string }, rowContext = 12, maxColumns = 16): SheetView | undefined {
  const at = parseCellRef(source.cell);
  if (!at) return undefined;
  const cells = sheetCells(layout, source.sheet);
  const firstRow = Math.max(1, at.row - rowContext);
  const lastRow = at.row + rowContext;
  let minCol = at.col;
  let maxCol = at.col;
  for (const key of cells.keys()) {
    const [col, row] = key.split(',').map(Number) as [number, number];
    if (row < firstRow || row > lastRow) continue;
    minCol = Math.min(minCol, col);
    maxCol = Math.max(maxCol, col);
  }
  if (maxCol - minCol + 1 > maxColumns) {
    minCol = Math.max(minCol, at.col - Math.floor(maxColumns / 2));
    maxCol = minCol + maxColumns - 1;
  }
  const columns: string[] = [];
  for (let c = minCol; c <= maxCol; c++) columns.push(columnLetters(c));
  const rows: SheetView['rows'] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = columns.map((_, i) => cells.get(`${minCol + i},${r}`) ?? null);
    if (r !== at.row && row.every((c) => c === null)) continue;
    rows.push({ row: r, cells: row });
  }
  return { kind: 'sheet', sheet: source.sheet, cell: source.cell.toUpperCase(), columns, rows };
}

type Box = [number, number, number, number];

/** Whether two boxes share some area (touching edges do not count: neighbouring cells share them). */
function overlaps(a: Box, b: Box): boolean {
  return Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5;
}

/** Anything stored with a source: the facts' "table row column = value" and the narrative's paragraphs. */
export interface SourcedText {
  text: string;
  source: Source;
}

/** The stored texts read inside a page box: the box's text alternative for the page image. */
export function textsInBox(items: readonly SourcedText[], page: number, bbox: Box, limit = 6): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (!('page' in item.source) || item.source.page !== page || !overlaps(item.source.bbox, bbox)) continue;
    if (!out.includes(item.text)) out.push(item.text);
    if (out.length >= limit) break;
  }
  return out;
}
