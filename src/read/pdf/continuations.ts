import type { GridCell, GridRow } from '../layout.js';
import { intervalIndex, roundBox } from './geometry.js';
import type { PageGrid, PdfPage } from './page-model.js';

/** Column borders within this distance are the same border. */
const SAME_BORDER = 3;
/** The outer edges of a continued table may differ by this share of its width. */
const SAME_EXTENT = 0.03;

const NUMBER = /^[-−]?\d[\d,，]*(\.\d+)?%?$/;
const norm = (t: string) => t.replace(/\s+/g, '');
const sameRow = (a: GridRow, b: GridRow) => a.cells.length === b.cells.length && a.cells.every((c, j) => norm(c.text) === norm(b.cells[j]!.text));

/**
 * Joins a table continued on the next page: when a page ends with a table and the next page starts with one of
 * the same width, the second one's rows are appended to the first (mapped onto its columns by position), after
 * dropping a repeated header. Page furniture must be removed first.
 */
export function joinContinuedTables(pages: readonly PdfPage[]): PdfPage[] {
  const out = pages.map((p) => ({ ...p, blocks: p.blocks.map((b) => (b.kind === 'grid' ? { ...b } : b)) }));
  // A table that ended the previous page (it may have begun pages earlier).
  let open: PageGrid | undefined;
  for (const page of out) {
    const first = page.blocks[0];
    if (open && first?.kind === 'grid' && refines(open, first)) {
      // Only the top of the header fitted on the page (收入 | 支出): its cells span the continuation's finer columns.
      open.grid = { ...open.grid, rows: [...open.grid.rows.map((row) => spread(row, first.columns)), ...first.grid.rows] };
      open.columns = first.columns;
      page.blocks.shift();
    } else {
      const rows = open && first?.kind === 'grid' ? continuationRows(open, first) : undefined;
      if (open && rows) {
        open.grid = { ...open.grid, rows: [...open.grid.rows, ...rows] };
        page.blocks.shift();
      }
    }
    const last = page.blocks.at(-1);
    if (last?.kind === 'grid') open = last;
    else if (page.blocks.length > 0) open = undefined; // a page that was all continuation keeps the table open
  }
  return out;
}

/** The rows of `next` in the columns of `first`, or undefined when `next` is not a continuation of `first`. */
export function continuationRows(first: PageGrid, next: PageGrid): GridRow[] | undefined {
  const [a, b] = [first.columns, next.columns];
  const width = a.at(-1)! - a[0]!;
  if (Math.abs(a[0]! - b[0]!) > SAME_EXTENT * width || Math.abs(a.at(-1)! - b.at(-1)!) > SAME_EXTENT * width) return undefined;
  let rows = next.grid.rows;
  let repeated = 0;
  while (repeated < rows.length && repeated < first.grid.rows.length && sameRow(first.grid.rows[repeated]!, rows[repeated]!)) repeated++;
  if (repeated === rows.length) return [];
  rows = rows.slice(repeated);
  if (a.length === b.length && a.every((x, j) => Math.abs(x - b[j]!) <= SAME_BORDER)) return rows;
  return rows.map((row) => remap(row, a, next.page));
}

/**
 * Whether `next` continues `first` on finer columns: the same outer edges, every border of `first` is one of
 * `next`'s, and `first` is no more than a header (no number in it).
 */
function refines(first: PageGrid, next: PageGrid): boolean {
  const [a, b] = [first.columns, next.columns];
  if (b.length <= a.length) return false;
  const width = a.at(-1)! - a[0]!;
  if (Math.abs(a[0]! - b[0]!) > SAME_EXTENT * width || Math.abs(a.at(-1)! - b.at(-1)!) > SAME_EXTENT * width) return false;
  if (!a.every((x) => b.some((y) => Math.abs(x - y) <= SAME_BORDER))) return false;
  return first.grid.rows.every((r) => r.cells.every((c) => !/\d/.test(c.text)));
}

/** A header row of coarser columns laid over finer ones: each cell spans the columns it covers. */
function spread(row: GridRow, columns: number[]): GridRow {
  const cells: GridCell[] = [];
  for (let j = 0; j < row.cells.length; j += row.cells[j]!.colSpan ?? 1) {
    const cell = row.cells[j]!;
    if (!('bbox' in cell.source)) return row;
    const [x0, , x1] = cell.source.bbox;
    const from = Math.max(0, intervalIndex(columns, x0 + SAME_BORDER));
    const to = Math.max(from, intervalIndex(columns, x1 - SAME_BORDER));
    const span = to - from + 1;
    const { colSpan: _, ...plain } = cell;
    cells.push(span > 1 ? { ...plain, colSpan: span } : plain);
    for (let k = 1; k < span; k++) cells.push({ text: '', source: cell.source });
  }
  return { ...row, cells };
}

/**
 * A row re-cut to other column borders: a number goes to the column its cell's right edge falls in (numbers are
 * right-aligned), other text to the column of its left edge.
 */
function remap(row: GridRow, columns: number[], page: number): GridRow {
  const [top, bottom] = 'bbox' in row.source ? [row.source.bbox[1], row.source.bbox[3]] : [0, 0];
  const cells: GridCell[] = columns.slice(0, -1).map((x, j) => ({ text: '', source: { page, bbox: roundBox([x, top, columns[j + 1]!, bottom]) } }));
  for (const cell of row.cells) {
    if (cell.text === '' || !('bbox' in cell.source)) continue;
    const [x0, , x1] = cell.source.bbox;
    const numeric = NUMBER.test(cell.text.replace(/\s+/g, ''));
    const at = intervalIndex(columns, numeric ? x1 - SAME_BORDER : x0 + SAME_BORDER);
    const target = cells[at < 0 ? (numeric ? cells.length - 1 : 0) : at]!;
    target.text = target.text ? `${target.text}${cell.text}` : cell.text;
    target.source = cell.source;
    if (cell.confidence !== undefined) target.confidence = Math.min(target.confidence ?? 1, cell.confidence);
  }
  return { ...row, cells };
}
