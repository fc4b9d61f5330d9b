import type { GridCell, GridRow } from '../layout.js';
import { roundBox, union, type Box } from './geometry.js';
import { SPREAD_CJK, type Chunk, type TextLine } from './lines.js';
import type { PageGrid } from './page-model.js';

/** A table printed without rules needs this many lines of two or more chunks. */
const MIN_ROWS = 3;
/** …of which at least one carries a number: the reader looks for data tables, not spaced-out prose. */
const MIN_NUMERIC_ROWS = 1;
/** Lines of one table are at most this far apart, baseline to baseline (× font size). */
const MAX_PITCH = 3;
/** At most this many single-chunk lines outside the columns in a row (pieces of wrapped cells). */
const MAX_STRAYS = 2;
/** A single-chunk line closer than this share of the usual row pitch to a row is a wrapped piece of its cell. */
const WRAP_SHARE = 0.75;
/** Chunks closer than this (× font size) belong to the same column. */
const BAND_GAP = 0.3;

const NUMBER = /^[-−]?\d[\d,，]*(\.\d+)?%?$|^[—–\-－―]+$/;

/**
 * Finds tables printed without rules: runs of lines split into chunks by wide gaps, whose chunks line up in
 * columns (the fallback for PDFs that draw no table borders). Column bands come from the rows with numbers; a
 * chunk over two bands (a header over two columns) goes to the first with colSpan. A lone chunk just above or
 * below a row is a wrapped piece of that row's cell; header lines closer together than rows are one header row.
 * Returns the tables and the lines that are not part of one.
 */
export function findAlignedTables(lines: readonly TextLine[], page: number): { tables: PageGrid[]; rest: TextLine[] } {
  const tables: PageGrid[] = [];
  const used = new Set<TextLine>();
  let k = 0;
  while (k < lines.length) {
    const span = tabularSpan(lines, k);
    if (!span) {
      k++;
      continue;
    }
    const table = readSpan(lines.slice(span.from, span.to), page);
    if (!table) {
      k++;
      continue;
    }
    tables.push(table);
    for (const l of lines.slice(span.from, span.to)) used.add(l);
    k = span.to;
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}

/**
 * The lines from `k` that could form one table, or undefined when line k does not start one. Lines of one chunk
 * stay in the table while they sit inside one of its columns (a row with one filled cell) or come between two
 * rows (up to two: the pieces of a wrapped label); a line of one chunk just above the first row is a piece too.
 */
function tabularSpan(lines: readonly TextLine[], k: number): { from: number; to: number } | undefined {
  const start = lines[k]!;
  if (start.chunks.length < 2) return undefined;
  const em = start.size;
  let bands = bandsOf(start.chunks, em);
  let last = k;
  let multi = 1;
  let strays = 0;
  for (let to = k + 1; to < lines.length; to++) {
    const line = lines[to]!;
    if (line.baseline - lines[to - 1]!.baseline > MAX_PITCH * Math.max(line.size, em)) break;
    if (Math.abs(line.size - em) > 0.2 * em) break;
    if (line.chunks.length >= 2) {
      multi++;
      bands = mergeBands([...bands, ...bandsOf(line.chunks, em)], em);
      last = to;
      strays = 0;
    } else if (insideBand(line.chunks[0]!, bands, em) && strays === 0) last = to;
    else if (++strays > MAX_STRAYS) break;
  }
  if (multi < MIN_ROWS) return undefined;
  // A line of one chunk just above the first row is a wrapped piece of it.
  let from = k;
  while (from > 0 && k - from < MAX_STRAYS && lines[from - 1]!.chunks.length === 1 && lines[from]!.baseline - lines[from - 1]!.baseline < em && insideBand(lines[from - 1]!.chunks[0]!, bands, em)) from--;
  return { from, to: last + 1 };
}

function insideBand(chunk: Chunk, bands: readonly Band[], em: number): boolean {
  const width = chunk.box[2] - chunk.box[0];
  return bands.some((b) => Math.min(chunk.box[2], b.x1 + em) - Math.max(chunk.box[0], b.x0 - em) >= 0.8 * width);
}

interface Band {
  x0: number;
  x1: number;
}

const numericLine = (line: TextLine) => line.chunks.some((c) => NUMBER.test(c.text.replace(/\s+/g, '')));

function readSpan(lines: TextLine[], page: number): PageGrid | undefined {
  const em = lines[0]!.size;
  const multi = lines.filter((l) => l.chunks.length >= 2);
  const data = multi.filter(numericLine);
  if (data.length < MIN_NUMERIC_ROWS) return undefined;
  const bands = columnBands(data, multi, em);
  if (bands.length < 2) return undefined;

  // Rows: one per multi-chunk line; wrapped single chunks join the nearest row.
  const rows: { line: TextLine; cells: { chunks: Chunk[]; span: number }[] }[] = multi.map((line) => ({
    line,
    cells: bands.map(() => ({ chunks: [] as Chunk[], span: 1 })),
  }));
  const place = (row: (typeof rows)[number], chunk: Chunk, before: boolean) => {
    const [from, to] = bandRange(chunk.box, bands);
    const cell = row.cells[from]!;
    if (before) cell.chunks.unshift(chunk);
    else cell.chunks.push(chunk);
    cell.span = Math.max(cell.span, to - from + 1);
  };
  for (const row of rows) for (const chunk of row.line.chunks) place(row, chunk, false);
  // The row pitch: between rows printed on adjacent lines if there are such, else between any two rows.
  const adjacent = multi.slice(1).flatMap((l, j) => (lines.indexOf(l) === lines.indexOf(multi[j]!) + 1 ? [l.baseline - multi[j]!.baseline] : []));
  const pitches = (adjacent.length > 0 ? adjacent : multi.slice(1).map((l, j) => l.baseline - multi[j]!.baseline)).sort((a, b) => a - b);
  const pitch = pitches[pitches.length >> 1] ?? 2 * em;
  // Header lines printed closer together than rows are one header row whose cells wrap over those lines.
  for (let i = rows.length - 1; i > 0; i--) {
    const [above, below] = [rows[i - 1]!, rows[i]!];
    if (numericLine(above.line) || numericLine(below.line) || below.line.baseline - above.line.baseline >= WRAP_SHARE * pitch) continue;
    below.cells.forEach((cell, j) => {
      above.cells[j]!.chunks.push(...cell.chunks);
      above.cells[j]!.span = Math.max(above.cells[j]!.span, cell.span);
    });
    rows.splice(i, 1);
  }
  for (const line of lines) {
    if (line.chunks.length >= 2) continue;
    const nearest = rows.reduce((best, r) => (Math.abs(r.line.baseline - line.baseline) < Math.abs(best.line.baseline - line.baseline) ? r : best));
    if (Math.abs(nearest.line.baseline - line.baseline) < WRAP_SHARE * pitch) place(nearest, line.chunks[0]!, line.baseline < nearest.line.baseline);
    else {
      const row = { line, cells: bands.map(() => ({ chunks: [] as Chunk[], span: 1 })) };
      place(row, line.chunks[0]!, false);
      rows.push(row);
    }
  }
  rows.sort((a, b) => a.line.baseline - b.line.baseline);

  const columns = [bands[0]!.x0, ...bands.slice(1).map((b, j) => (bands[j]!.x1 + b.x0) / 2), bands.at(-1)!.x1];
  const gridRows: GridRow[] = rows.map(({ line, cells }) => {
    const [top, bottom] = [line.box[1], line.box[3]];
    return {
      source: { page, bbox: roundBox([columns[0]!, top, columns.at(-1)!, bottom]) },
      cells: cells.map((cell, j): GridCell => {
        if (cell.chunks.length === 0) return { text: '', source: { page, bbox: roundBox([columns[j]!, top, columns[j + 1]!, bottom]) } };
        const out: GridCell = { text: cell.chunks.map((c) => c.text).join('').replace(SPREAD_CJK, '$1'), source: { page, bbox: roundBox(union(cell.chunks.map((c) => c.box))) } };
        if (cell.span > 1) out.colSpan = cell.span;
        return out;
      }),
    };
  });
  const box: Box = union(lines.map((l) => l.box));
  return { kind: 'grid', page, box, columns, grid: { kind: 'grid', rows: gridRows, source: { page, bbox: roundBox(box) } } };
}

/**
 * Column bands: the extents of the chunks of rows with numbers (data rows show the columns best), widened by the
 * other rows' chunks that fall in one band or in none. A chunk over two or more bands is a spanning header.
 */
function columnBands(data: readonly TextLine[], rows: readonly TextLine[], em: number): Band[] {
  let bands = bandsOf(
    data.flatMap((l) => l.chunks),
    em,
  );
  for (const chunk of rows.filter((l) => !data.includes(l)).flatMap((l) => l.chunks)) {
    const over = bands.filter((b) => chunk.box[0] < b.x1 && chunk.box[2] > b.x0);
    if (over.length >= 2) continue;
    bands = mergeBands([...bands, { x0: chunk.box[0], x1: chunk.box[2] }], em);
  }
  return bands;
}

function bandsOf(chunks: readonly Chunk[], em: number): Band[] {
  return mergeBands(
    chunks.map((c) => ({ x0: c.box[0], x1: c.box[2] })),
    em,
  );
}

function mergeBands(intervals: Band[], em: number): Band[] {
  const sorted = [...intervals].sort((a, b) => a.x0 - b.x0);
  const out: Band[] = [];
  for (const b of sorted) {
    const last = out.at(-1);
    if (last && b.x0 <= last.x1 + BAND_GAP * em) last.x1 = Math.max(last.x1, b.x1);
    else out.push({ ...b });
  }
  return out;
}

/** The bands a box covers: from the one holding (or nearest to) its left part to the one holding its right part. */
function bandRange(box: Box, bands: readonly Band[]): [number, number] {
  const nearest = (x: number) => {
    let best = 0;
    let distance = Infinity;
    bands.forEach((b, j) => {
      const d = x < b.x0 ? b.x0 - x : x > b.x1 ? x - b.x1 : 0;
      if (d < distance) [best, distance] = [j, d];
    });
    return best;
  };
  const from = nearest(box[0] + Math.min(2, (box[2] - box[0]) / 2));
  const to = nearest(box[2] - Math.min(2, (box[2] - box[0]) / 2));
  return [from, Math.max(from, to)];
}
