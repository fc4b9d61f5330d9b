import type { GridCell, GridRow } from '../layout.js';
import { roundBox, union, type Box } from './geometry.js';
import { isNumberChunk, SPREAD_CJK, type Chunk, type TextLine } from './lines.js';
import { joinSplitRows } from './split-rows.js';
import type { PageGrid } from './page-model.js';
import { isPageNumber } from './page-furniture.js';
import { unalignedGrid } from './unaligned-grid.js';

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

export interface AlignedTableOptions {
  /**
   * The positions are only approximate (a text copy of a page places text in character columns, and re-spaces every
   * line): where they contradict themselves (two cells of one line in one column, a number over two columns) the
   * table comes back as a grid of its lines' chunks marked as not aligned, rather than with cells in wrong columns.
   */
  approximate?: boolean;
}

/**
 * Finds tables printed without rules: runs of lines split into chunks by wide gaps, whose chunks line up in
 * columns (the fallback for PDFs that draw no table borders). Column bands come from the rows with numbers; a
 * chunk over two bands (a header over two columns) goes to the first with colSpan. A lone chunk just above or
 * below a row is a wrapped piece of that row's cell; header lines closer together than rows are one header row.
 * Returns the tables and the lines that are not part of one.
 */
export function findAlignedTables(lines: readonly TextLine[], page: number, options: AlignedTableOptions = {}): { tables: PageGrid[]; rest: TextLine[] } {
  const tables: PageGrid[] = [];
  const used = new Set<TextLine>();
  let k = 0;
  while (k < lines.length) {
    const span = tabularSpan(lines, k, options);
    if (!span) {
      k++;
      continue;
    }
    const table = prose(lines.slice(span.from, span.to)) ? undefined : readSpan(lines.slice(span.from, span.to), page, options);
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
function tabularSpan(lines: readonly TextLine[], k: number, options: AlignedTableOptions): { from: number; to: number } | undefined {
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
  // Where positions are approximate, rows with one filled cell can start a page (a table continued from the page
  // before, whose first rows print only their label): when the first row has numbers (no header, no title above),
  // lines of one chunk from the page's top that start where a cell of the table starts.
  if (options.approximate && numericLine(start)) {
    const starts = lines.slice(k, last + 1).flatMap((l) => (l.chunks.length >= 2 ? l.chunks.map((c) => c.box[0]) : []));
    const rowOfOne = (line: TextLine, below: TextLine) =>
      line.chunks.length === 1 &&
      below.baseline - line.baseline <= MAX_PITCH * em &&
      starts.some((x) => Math.abs(x - line.chunks[0]!.box[0]) <= em) &&
      !isPageNumber(line.text);
    let top = from;
    while (top > 0 && rowOfOne(lines[top - 1]!, lines[top]!)) top--;
    if (top === 0) from = 0;
  }
  return { from, to: last + 1 };
}

/** A line of running text: a clause or sentence of some length, with its punctuation (a table's cells carry none). */
const PROSE_LINE = /^(?=.{12,})(?=.*[\u4e00-\u9fff]).*[，。；]/;

/**
 * Justified paragraphs whose lines end in a number pushed to the right margin ("…收、支总预算        21,940.96" /
 * "万元。与上年相比…各增加        3,958.98") line up like a table of two columns: when most lines of the run are
 * sentences, it is text.
 */
function prose(span: readonly TextLine[]): boolean {
  return span.filter((l) => PROSE_LINE.test(l.text.replace(/\s+/g, ''))).length * 2 > span.length;
}

function insideBand(chunk: Chunk, bands: readonly Band[], em: number): boolean {
  const width = chunk.box[2] - chunk.box[0];
  return bands.some((b) => Math.min(chunk.box[2], b.x1 + em) - Math.max(chunk.box[0], b.x0 - em) >= 0.8 * width);
}

interface Band {
  x0: number;
  x1: number;
}

const numericLine = (line: TextLine) => line.chunks.some((c) => isNumberChunk(c));

function readSpan(span: TextLine[], page: number, options: AlignedTableOptions): PageGrid | undefined {
  const em = span[0]!.size;
  const lines = options.approximate ? splitSpanningWords(joinSplitRows(span, em), em) : span;
  const multi = lines.filter((l) => l.chunks.length >= 2);
  // Where positions are approximate, a row numbering the columns (栏次 1 2 3 …, centred in its cells) does not
  // show where the columns are.
  const data = multi.filter((l) => numericLine(l) && !(options.approximate && numbersColumns(l)));
  if (data.length < MIN_NUMERIC_ROWS) return undefined;
  const bands = columnBands(data, multi, em, options);
  if (bands.length < 2) return undefined;
  const numbering = (l: TextLine) => options.approximate === true && numbersColumns(l);
  const numberings = multi.filter(numbering);
  const numbered = numberings.every((l) => numbersFit(l.chunks, bands, em) && numberedColumnsHold(l.chunks, data, bands));
  if (options.approximate && (crowded(data, em) || !numbered || !fitsBands(multi.filter((l) => !numbering(l)), bands) || !numbersAligned(data, bands, em))) {
    return unalignedGrid(lines.map((l) => l.chunks), page);
  }

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
  for (const row of rows) {
    if (numbering(row.line)) placeInOrder(row.line.chunks, bands, row.cells);
    else for (const chunk of row.line.chunks) place(row, chunk, false);
  }
  // A copy puts every line one em below the last: how close two lines are says nothing of rows or wrapped cells.
  const pitch = options.approximate ? em : rowPitch(multi, lines, em);
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

/** The row pitch: between rows printed on adjacent lines if there are such, else between any two rows. */
function rowPitch(multi: readonly TextLine[], lines: readonly TextLine[], em: number): number {
  const adjacent = multi.slice(1).flatMap((l, j) => (lines.indexOf(l) === lines.indexOf(multi[j]!) + 1 ? [l.baseline - multi[j]!.baseline] : []));
  const pitches = (adjacent.length > 0 ? adjacent : multi.slice(1).map((l, j) => l.baseline - multi[j]!.baseline)).sort((a, b) => a - b);
  return pitches[pitches.length >> 1] ?? 2 * em;
}

/**
 * Where positions are approximate, words of a header one space apart come as one chunk ("本年收入合计 财政拨款收入
 * 上级补助收入": the copy had no room for wider gaps). A chunk of words without figures, on a line without numbers, that
 * lies over two columns of the data or more is cut into its words, each placed by its share of the chunk's characters.
 */
function splitSpanningWords(lines: TextLine[], em: number): TextLine[] {
  const data = bandsOf(
    lines.filter((l) => l.chunks.length >= 2 && numericLine(l)).flatMap((l) => l.chunks),
    em,
  );
  const split = (chunk: Chunk): Chunk[] => {
    const words = chunk.text.split(' ');
    if (words.length < 2 || words.some((w) => /\d/.test(w)) || data.filter((b) => chunk.box[0] < b.x1 && chunk.box[2] > b.x0).length < 2) return [chunk];
    const letters = words.reduce((n, w) => n + [...w].length, 0);
    const perLetter = (chunk.box[2] - chunk.box[0] - (words.length - 1)) / letters;
    let x = chunk.box[0];
    return words.map((text) => {
      const box: Box = [x, chunk.box[1], x + perLetter * [...text].length, chunk.box[3]];
      x = box[2] + 1;
      return { text, box };
    });
  };
  return lines.map((line) => (numericLine(line) ? line : { ...line, chunks: line.chunks.flatMap(split) }));
}

/**
 * Whether two numbers of a line stand less than half an em apart: the copy had no room to place them where they
 * were printed (pdftotext keeps one space between cells that collide), so no position on that line can be trusted.
 */
function crowded(lines: readonly TextLine[], em: number): boolean {
  return lines.some((line) =>
    line.chunks.some((c, i) => {
      const next = line.chunks[i + 1];
      return next !== undefined && next.box[0] - c.box[2] <= em / 2 && isNumberChunk(c) && isNumberChunk(next);
    }),
  );
}

/** Whether the numbers of a row numbering the columns each fall in a band of their own, in order (within an em). */
function numbersFit(chunks: readonly Chunk[], bands: readonly Band[], em: number): boolean {
  const cells = bands.map(() => ({ chunks: [] as Chunk[] }));
  placeInOrder(chunks, bands, cells);
  return cells.every((cell, j) => cell.chunks.length <= 1 && cell.chunks.every((c) => c.box[0] < bands[j]!.x1 + em && c.box[2] > bands[j]!.x0 - em));
}

/**
 * Whether every number of the data rows falls in a column the numbering row numbers: a number in a band the
 * numbering skips shows that the bands, not the table, have a column too many. The columns up to the numbering's
 * label (栏次 under 项目) are the row's own (科目编码, 行次), never numbered.
 */
function numberedColumnsHold(numbers: readonly Chunk[], data: readonly TextLine[], bands: readonly Band[]): boolean {
  const cells = bands.map(() => ({ chunks: [] as Chunk[] }));
  placeInOrder(numbers, bands, cells);
  const label = cells.findIndex((cell) => cell.chunks.some((c) => !WHOLE.test(c.text.replace(/\s+/g, ''))));
  return data.every((line) =>
    line.chunks.every((c) => {
      const band = bandRange(c.box, bands)[0];
      return !isNumberChunk(c) || band <= label || cells[band]!.chunks.length > 0;
    }),
  );
}

/**
 * A row numbering the columns, where positions are approximate: each number goes to the nearest band right of the
 * one before (centred numbers can fall between two bands).
 */
function placeInOrder(chunks: readonly Chunk[], bands: readonly Band[], cells: { chunks: Chunk[] }[]): void {
  let next = 0;
  for (const chunk of chunks) {
    const centre = (chunk.box[0] + chunk.box[2]) / 2;
    let best = -1;
    for (let j = next; j < bands.length; j++) {
      const d = Math.abs((bands[j]!.x0 + bands[j]!.x1) / 2 - centre);
      if (best < 0 || d < Math.abs((bands[best]!.x0 + bands[best]!.x1) / 2 - centre)) best = j;
    }
    if (best < 0) best = bands.length - 1;
    cells[best]!.chunks.push(chunk);
    next = best + 1;
  }
}

/** Whether every line puts each of its numbers in a band of its own. */
function fitsBands(lines: readonly TextLine[], bands: readonly Band[]): boolean {
  return lines.every((line) => {
    const ranges = line.chunks.map((c) => ({ range: bandRange(c.box, bands), numeric: isNumberChunk(c) }));
    return ranges.every(({ range, numeric }, i) => {
      if (numeric && range[1] > range[0]) return false;
      const next = ranges[i + 1];
      return !next || !(numeric || next.numeric) || next.range[0] > range[1];
    });
  });
}

/**
 * Column bands: the extents of the chunks of rows with numbers (data rows show the columns best), widened by the
 * other rows' chunks that fall in one band or in none. A chunk over two or more bands is a spanning header.
 */
function columnBands(data: readonly TextLine[], rows: readonly TextLine[], em: number, options: AlignedTableOptions): Band[] {
  const others = rows.filter((l) => !data.includes(l));
  if (options.approximate) return withOffsetHeaders(dataBands(data, em), others, em);
  let bands = bandsOf(
    data.flatMap((l) => l.chunks),
    em,
  );
  for (const chunk of others.flatMap((l) => l.chunks)) {
    const over = bands.filter((b) => chunk.box[0] < b.x1 && chunk.box[2] > b.x0);
    if (over.length >= 2) continue;
    bands = mergeBands([...bands, { x0: chunk.box[0], x1: chunk.box[2] }], em);
  }
  return bands;
}

/**
 * The bands of the data rows where positions are approximate: the numbers' columns, and the labels' where a label
 * does not lie over two of the numbers' columns (a total's label printed across the code columns: 人员经费合计 over
 * 类 and 款, on a page with few rows to show those columns otherwise).
 */
function dataBands(data: readonly TextLine[], em: number): Band[] {
  const chunks = data.flatMap((l) => l.chunks);
  const numbers = bandsOf(chunks.filter(isNumberChunk), em);
  const labels = chunks.filter((c) => !isNumberChunk(c) && numbers.filter((b) => c.box[0] < b.x1 && c.box[2] > b.x0).length < 2);
  return mergeBands([...numbers, ...labels.map((c) => ({ x0: c.box[0], x1: c.box[2] }))], em);
}

/** Headers a little off their column's data (× font size) still name that column, where positions are approximate. */
const HEADER_OFFSET = 2;

/**
 * The data bands widened by the header lines where positions are approximate: a header cell names the nearest
 * column within HEADER_OFFSET whose data no nearer cell of the same line claims; the others are columns of their
 * own (a column blank in every row). A cell over two bands or more spans them.
 */
function withOffsetHeaders(data: Band[], lines: readonly TextLine[], em: number): Band[] {
  let bands = data;
  const gap = (c: Chunk, b: Band) => Math.max(0, b.x0 - c.box[2], c.box[0] - b.x1);
  for (const line of lines) {
    const single = line.chunks.filter((c) => bands.filter((b) => c.box[0] < b.x1 && c.box[2] > b.x0).length < 2);
    const pairs = single.flatMap((chunk) => bands.map((band) => ({ chunk, band, d: gap(chunk, band) })).filter((p) => p.d <= HEADER_OFFSET * em));
    pairs.sort((a, b) => a.d - b.d);
    const claimed = new Map<Band, Chunk>();
    const named = new Set<Chunk>();
    for (const { chunk, band } of pairs) {
      if (named.has(chunk) || claimed.has(band)) continue;
      claimed.set(band, chunk);
      named.add(chunk);
    }
    const sorted = [...bands].sort((a, b) => a.x0 - b.x0);
    const widened = sorted.map((band, j) => {
      const chunk = claimed.get(band);
      if (!chunk) return band;
      // widened up to its neighbours, never into them
      const [left, right] = [sorted[j - 1]?.x1 ?? -Infinity, sorted[j + 1]?.x0 ?? Infinity];
      return { x0: Math.max(Math.min(band.x0, chunk.box[0]), left + BAND_GAP * em + 1), x1: Math.min(Math.max(band.x1, chunk.box[2]), right - BAND_GAP * em - 1) };
    });
    const own = single.filter((c) => !named.has(c)).map((c) => ({ x0: c.box[0], x1: c.box[2] }));
    bands = mergeBands([...widened, ...own], em);
  }
  return bands;
}

const WHOLE = /^\d{1,2}$/;
/** An amount: decimals or thousands separators (codes are left-aligned, numbers of rows and columns centred). */
const AMOUNT = /^[-−]?\d[\d,，]*\.\d+%?$|^[-−]?\d{1,3}([,，]\d{3})+$/;

/**
 * A line numbering the columns: small whole numbers counting up by one, after at most one label, or with 栏次 on
 * each side of a two-sided table.
 */
function numbersColumns(line: TextLine): boolean {
  const texts = line.chunks.map((c) => c.text.replace(/\s+/g, ''));
  const numbers = texts.filter((t) => WHOLE.test(t)).map(Number);
  const labels = texts.filter((t) => !WHOLE.test(t));
  if (labels.length > 1 && labels.some((t) => t !== '栏次')) return false;
  return numbers.length >= 3 && numbers.every((n, j) => j === 0 || n === numbers[j - 1]! + 1);
}

/**
 * Whether the amounts of each column end in the same place (give or take an em): amounts are right-aligned in their
 * cells, so one that ends elsewhere sits in another column than the one its position suggests.
 */
function numbersAligned(data: readonly TextLine[], bands: readonly Band[], em: number): boolean {
  const ends = bands.map(() => [] as number[]);
  for (const line of data) {
    for (const chunk of line.chunks) {
      if (!AMOUNT.test(chunk.text.replace(/\s+/g, ''))) continue;
      ends[bandRange(chunk.box, bands)[0]]!.push(chunk.box[2]);
    }
  }
  return ends.every((e) => {
    const median = [...e].sort((x, y) => x - y)[e.length >> 1];
    return e.every((x) => Math.abs(x - median!) <= em);
  });
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
