import type { GridCell, GridRow } from '../layout.js';
import { intervalIndex, roundBox } from './geometry.js';
import type { PageGrid, Page } from './page-model.js';

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
export function joinContinuedTables(pages: readonly Page[]): Page[] {
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
      const rows = open && first?.kind === 'grid' ? continuationRows(open, first, page.approximate) : undefined;
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

/**
 * The rows of `next` in the columns of `first`, or undefined when `next` is not a continuation of `first`. Where
 * positions are `approximate` (a text copy) the next page may place the columns elsewhere: it continues the table
 * when one stretch of its positions puts its numbers' columns onto the table's.
 */
export function continuationRows(first: PageGrid, next: PageGrid, approximate = false): GridRow[] | undefined {
  if (first.grid.unaligned || next.grid.unaligned) return undefined;
  const [a, b] = [first.columns, next.columns];
  const width = a.at(-1)! - a[0]!;
  let scale = (x: number) => x;
  if (Math.abs(a[0]! - b[0]!) > SAME_EXTENT * width || Math.abs(a.at(-1)! - b.at(-1)!) > SAME_EXTENT * width) {
    const stretch = approximate ? stretchOnto(first, next) : undefined;
    if (!stretch) return undefined;
    scale = stretch;
  }
  let rows = next.grid.rows;
  let repeated = 0;
  while (repeated < rows.length && repeated < first.grid.rows.length && sameRow(first.grid.rows[repeated]!, rows[repeated]!)) repeated++;
  if (repeated === rows.length) return [];
  rows = rows.slice(repeated);
  if (a.length === b.length && a.every((x, j) => Math.abs(x - b[j]!) <= SAME_BORDER)) return rows;
  const remapped = rows.map((row) => remap(row, a, next.page, scale));
  // two numbers of a row in one column: the positions do not fit the table's columns after all
  return remapped.every((row): row is GridRow => row !== undefined) ? remapped : undefined;
}

/** 行次 and 栏次: centred in their cells, they do not show where a column's numbers end. */
const ORDINAL = /^\d{1,2}$/;

/**
 * Whether `next` continues `first` on finer columns: the same outer edges, every border of `first` is one of
 * `next`'s, and `first` is no more than a header (no number in it). Grids read by order have no borders to compare.
 */
function refines(first: PageGrid, next: PageGrid): boolean {
  if (first.grid.unaligned || next.grid.unaligned) return false;
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

/** Where a column's numbers end: the median right edge of its numeric cells on the grid's own page. */
function numberColumns(grid: PageGrid): number[] {
  const ends = grid.columns.slice(0, -1).map(() => [] as number[]);
  for (const row of grid.grid.rows) {
    row.cells.forEach((cell, j) => {
      const text = norm(cell.text);
      if ('bbox' in cell.source && cell.source.page === grid.page && NUMBER.test(text) && !ORDINAL.test(text)) ends[j]?.push(cell.source.bbox[2]);
    });
  }
  return ends.filter((e) => e.length > 0).map((e) => e.sort((x, y) => x - y)[e.length >> 1]!);
}

/**
 * The stretch (from the left edge) that puts every numeric column of `next` onto a distinct numeric column of
 * `first`, or undefined when none does or when stretches put them onto different columns. Tried: the stretches that put one column exactly onto another.
 */
function stretchOnto(first: PageGrid, next: PageGrid): ((x: number) => number) | undefined {
  const [f0, n0] = [first.columns[0]!, next.columns[0]!];
  const targets = numberColumns(first);
  const sources = numberColumns(next);
  if (sources.length === 0 || targets.length < sources.length) return undefined;
  const tolerance = SAME_BORDER;
  let best: { factor: number; error: number } | undefined;
  // the columns each stretch puts the numbers in: two different ways to place them leave the table's columns unknown
  const placings = new Set<string>();
  for (const t of targets) {
    for (const s of sources) {
      if (s <= n0) continue;
      const factor = (t - f0) / (s - n0);
      if (factor < 0.5 || factor > 2) continue;
      const hits = sources.map((x) => targets.findIndex((y) => Math.abs(f0 + factor * (x - n0) - y) <= tolerance));
      if (hits.some((h) => h < 0) || hits.some((h, j) => j > 0 && h <= hits[j - 1]!)) continue;
      placings.add(hits.join());
      const error = sources.reduce((e, x, j) => e + Math.abs(f0 + factor * (x - n0) - targets[hits[j]!]!), 0);
      if (!best || error < best.error) best = { factor, error };
    }
  }
  if (!best || placings.size > 1) return undefined;
  const { factor } = best;
  return (x: number) => f0 + factor * (x - n0);
}

/**
 * A row re-cut to other column borders: a number goes to the column its cell's right edge falls in (numbers are
 * right-aligned), other text to the column of its left edge. `scale` carries the row's positions onto the columns'.
 */
function remap(row: GridRow, columns: number[], page: number, scale: (x: number) => number): GridRow | undefined {
  const [top, bottom] = 'bbox' in row.source ? [row.source.bbox[1], row.source.bbox[3]] : [0, 0];
  const cells: GridCell[] = columns.slice(0, -1).map((x, j) => ({ text: '', source: { page, bbox: roundBox([x, top, columns[j + 1]!, bottom]) } }));
  for (const cell of row.cells) {
    if (cell.text === '' || !('bbox' in cell.source)) continue;
    const [x0, x1] = [scale(cell.source.bbox[0]), scale(cell.source.bbox[2])];
    const numeric = NUMBER.test(cell.text.replace(/\s+/g, ''));
    const at = intervalIndex(columns, numeric ? x1 - SAME_BORDER : x0 + SAME_BORDER);
    const target = cells[at < 0 ? (numeric ? cells.length - 1 : 0) : at]!;
    if (numeric && NUMBER.test(norm(target.text))) return undefined;
    target.text = target.text ? `${target.text}${cell.text}` : cell.text;
    target.source = cell.source;
    if (cell.confidence !== undefined) target.confidence = Math.min(target.confidence ?? 1, cell.confidence);
  }
  return { ...row, cells };
}
