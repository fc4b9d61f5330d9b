import type { GridBlock, GridCell, GridRow } from '../layout.js';
import { clusterValues, intervalIndex, roundBox, type Box } from '../positioned-text/geometry.js';
import { splitBandedRow } from './banded-rows.js';
import { buildLines } from './lines.js';
import { joinWrapped, SPREAD_CJK, type TextLine } from '../positioned-text/lines.js';
import type { Rulings, Segment } from './rulings.js';
import { charSpans, subRun, type TextRun } from './text-runs.js';
import { joinWrappedNumbers } from './wrapped-numbers.js';

/** A table drawn with rules, read into a grid. `columns` are the x positions of its column borders. */
export interface RuledTable {
  box: Box;
  columns: number[];
  grid: GridBlock;
}

/** Rules closer than this meet (a border drawn a little short of the next one still joins it). */
const TOUCH = 2;
/** Border positions closer than this are one border. */
const SNAP = 2;
/** A border must cover at least this share of a cell side to separate two cells. */
const COVERAGE = 0.5;
/** Pages drawing more rules than this in one direction are drawings, not tables. */
const MAX_RULINGS = 5000;

/**
 * Finds the tables a page draws with rules and fills their cells with the page's text. Each connected set of
 * horizontal and vertical rules is one table; its borders cut it into a grid, and a missing border between two
 * grid cells merges them (a printed merged cell). The merged cell's text sits at its top-left grid position with
 * colSpan/rowSpan; the positions it covers hold empty cells, so `cells[j]` is always printed column j. Runs
 * that fall in no table are returned as `rest`.
 */
export function findRuledTables(rulings: Rulings, runs: readonly TextRun[], page: number): { tables: RuledTable[]; rest: TextRun[] } {
  const tables: RuledTable[] = [];
  let rest = [...runs];
  for (const frame of frames(rulings)) {
    const inside = (r: TextRun) => {
      const [cx, cy] = [(r.box[0] + r.box[2]) / 2, (r.box[1] + r.box[3]) / 2];
      return cx >= frame.box[0] - 1 && cx <= frame.box[2] + 1 && cy >= frame.box[1] - 1 && cy <= frame.box[3] + 1;
    };
    const mine = rest.filter(inside);
    const table = readFrame(frame, mine, page);
    if (!table) continue;
    tables.push(table);
    rest = rest.filter((r) => !inside(r));
  }
  return { tables, rest };
}

interface Frame {
  box: Box;
  horizontal: Segment[];
  vertical: Segment[];
}

/** Connected sets of rules with at least two of each direction. */
export function frames(rulings: Rulings): Frame[] {
  // A page of vector drawing (a chart, a map, a scanned page traced into paths) is not read for tables.
  if (rulings.horizontal.length > MAX_RULINGS || rulings.vertical.length > MAX_RULINGS) return [];
  const hs = rulings.horizontal;
  const vs = [...rulings.vertical].sort((a, b) => a.at - b.at);
  const parent = Array.from({ length: hs.length + vs.length }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  hs.forEach((h, i) => {
    // the verticals whose x lies within the horizontal's extent
    let lo = 0;
    let hi = vs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vs[mid]!.at < h.from - TOUCH) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < vs.length && vs[j]!.at <= h.to + TOUCH; j++) {
      const v = vs[j]!;
      if (h.at >= v.from - TOUCH && h.at <= v.to + TOUCH) parent[find(i)] = find(hs.length + j);
    }
  });
  const groups = new Map<number, Frame>();
  const group = (k: number) => {
    const root = find(k);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { box: [Infinity, Infinity, -Infinity, -Infinity], horizontal: [], vertical: [] }));
    return g;
  };
  hs.forEach((h, i) => {
    const g = group(i);
    g.horizontal.push(h);
    g.box = [Math.min(g.box[0], h.from), Math.min(g.box[1], h.at), Math.max(g.box[2], h.to), Math.max(g.box[3], h.at)];
  });
  vs.forEach((v, j) => {
    const g = group(hs.length + j);
    g.vertical.push(v);
    g.box = [Math.min(g.box[0], v.at), Math.min(g.box[1], v.from), Math.max(g.box[2], v.at), Math.max(g.box[3], v.to)];
  });
  return [...groups.values()].filter((g) => g.horizontal.length >= 2 && g.vertical.length >= 2).sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

/** Border positions: the rules' positions, plus the frame's edge where rules of the other direction run on past the last border and text sits there. */
function borders(positions: number[], extent: [number, number], hasTextBeyond: (from: number, to: number) => boolean): number[] {
  const edges = clusterValues(positions, SNAP);
  if (edges.length === 0) return edges;
  if (extent[0] < edges[0]! - SNAP && hasTextBeyond(extent[0], edges[0]!)) edges.unshift(extent[0]);
  if (extent[1] > edges.at(-1)! + SNAP && hasTextBeyond(edges.at(-1)!, extent[1])) edges.push(extent[1]);
  return edges;
}

/** Whether the rules along one border cover the side [from, to] of a cell. */
function covered(segments: readonly Segment[], from: number, to: number): boolean {
  let length = 0;
  for (const s of segments) length += Math.max(0, Math.min(s.to, to) - Math.max(s.from, from));
  return length >= COVERAGE * (to - from);
}

/** The rules lying along each border position. */
const alongBorders = (segments: readonly Segment[], borders: readonly number[]) => borders.map((b) => segments.filter((s) => Math.abs(s.at - b) <= SNAP));

interface Anchor {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  runs: TextRun[];
}

function readFrame(frame: Frame, runs: readonly TextRun[], page: number): RuledTable | undefined {
  const centreX = (r: TextRun) => (r.box[0] + r.box[2]) / 2;
  const centreY = (r: TextRun) => (r.box[1] + r.box[3]) / 2;
  const xs = borders(
    frame.vertical.map((v) => v.at),
    [frame.box[0], frame.box[2]],
    (from, to) => runs.some((r) => centreX(r) > from && centreX(r) < to),
  );
  const ys = borders(
    frame.horizontal.map((h) => h.at),
    [frame.box[1], frame.box[3]],
    (from, to) => runs.some((r) => centreY(r) > from && centreY(r) < to),
  );
  const [rows, cols] = [ys.length - 1, xs.length - 1];
  if (rows < 1 || cols < 2) return undefined;

  // Merge grid cells across missing borders.
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  const [vAt, hAt] = [alongBorders(frame.vertical, xs), alongBorders(frame.horizontal, ys)];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vAt[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(r * cols + c)] = find(r * cols + c + 1);
      if (r + 1 < rows && !covered(hAt[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(r * cols + c)] = find((r + 1) * cols + c);
    }
  }
  const anchors = new Map<number, Anchor>();
  const owner: Anchor[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      let a = anchors.get(root);
      if (!a) anchors.set(root, (a = { row: r, col: c, rowSpan: 1, colSpan: 1, runs: [] }));
      a.rowSpan = Math.max(a.rowSpan, r - a.row + 1);
      a.colSpan = Math.max(a.colSpan, c - a.col + 1);
      owner[r * cols + c] = a;
    }
  }

  // Text into cells; a run crossing a column border is cut between its characters. (Runs lie inside the frame,
  // give or take a unit: positions just outside go to the nearest row or column.)
  const index = (edges: number[], v: number) => {
    const k = intervalIndex(edges, v);
    return k >= 0 ? k : v < edges[0]! ? 0 : edges.length - 2;
  };
  for (const run of runs) {
    const r = index(ys, centreY(run));
    const at = (c: number) => owner[r * cols + c]!;
    const first = index(xs, Math.min(run.box[0] + run.size * 0.25, centreX(run)));
    const last = index(xs, Math.max(run.box[2] - run.size * 0.25, centreX(run)));
    if (run.vertical || first === last) {
      at(index(xs, centreX(run))).runs.push(run);
      continue;
    }
    let piece: ReturnType<typeof charSpans> = [];
    let pieceCol = -1;
    const flush = () => {
      const sub = subRun(run, piece);
      if (sub && pieceCol >= 0) at(pieceCol).runs.push(sub);
    };
    for (const span of charSpans(run)) {
      const c = index(xs, (span.x0 + span.x1) / 2);
      if (c !== pieceCol) {
        flush();
        piece = [];
        pieceCol = c;
      }
      piece.push(span);
    }
    flush();
  }

  // Cell texts, a number wrapped inside its cell joined again. A ruled row that holds several printed rows
  // (columns ruled, rows not) is split into them.
  const lines = new Map<Anchor, TextLine[]>();
  const text = new Map<Anchor, string>();
  for (const a of anchors.values()) {
    lines.set(a, joinWrappedNumbers(buildLines(a.runs), [xs[a.col]!, xs[a.col + a.colSpan]!]));
    text.set(a, cellText(lines.get(a)!, a.runs));
  }
  const splits = new Map<number, { anchors: Anchor[]; baselines: number[]; texts: string[][] }>();
  for (let r = 0; r < rows; r++) {
    const local = [...anchors.values()].filter((a) => a.row === r && a.rowSpan === 1);
    const split = splitBandedRow(local.map((a) => lines.get(a)!));
    if (split) splits.set(r, { anchors: local, ...split });
  }
  // Rows with no text of their own (spacers, empty template rows) are left out; spans shrink accordingly.
  const keptRow = Array.from({ length: rows }, (_, r) => [...anchors.values()].some((a) => a.row === r && text.get(a) !== ''));
  const printed = (r: number) => (keptRow[r] ? (splits.get(r)?.baselines.length ?? 1) : 0);

  const box = (x0: number, top: number, x1: number, bottom: number) => roundBox([x0, top, x1, bottom]);
  const gridRows: GridRow[] = [];
  for (let r = 0; r < rows; r++) {
    if (!keptRow[r]) continue;
    const split = splits.get(r);
    for (let k = 0; k < printed(r); k++) {
      const b = split?.baselines;
      const top = b && k > 0 ? (b[k - 1]! + b[k]!) / 2 : ys[r]!;
      const bottom = b && k + 1 < b.length ? (b[k]! + b[k + 1]!) / 2 : ys[r + 1]!;
      const cells: GridCell[] = [];
      for (let c = 0; c < cols; c++) {
        const a = owner[r * cols + c]!;
        const local = split && split.anchors.indexOf(a);
        if (a.row !== r || a.col !== c || (k > 0 && (local === undefined || local < 0))) {
          cells.push({ text: '', source: { page, bbox: box(xs[c]!, top, xs[c + 1]!, bottom) } });
          continue;
        }
        let cell: GridCell;
        if (split && local !== undefined && local >= 0) {
          cell = { text: split.texts[k]![local]!, source: { page, bbox: box(xs[c]!, top, xs[c + a.colSpan]!, bottom) } };
        } else {
          cell = { text: text.get(a)!, source: { page, bbox: box(xs[c]!, ys[r]!, xs[c + a.colSpan]!, ys[r + a.rowSpan]!) } };
          let rowSpan = 0;
          for (let q = r; q < r + a.rowSpan; q++) rowSpan += printed(q);
          if (rowSpan > 1) cell.rowSpan = rowSpan;
        }
        if (a.colSpan > 1) cell.colSpan = a.colSpan;
        cells.push(cell);
      }
      gridRows.push({ cells, source: { page, bbox: box(xs[0]!, top, xs[cols]!, bottom) } });
    }
  }
  if (gridRows.length === 0) return undefined;
  // A box around a paragraph, or rules that only underline text, are not tables.
  if (gridRows.length < 2 && !gridRows.some((row) => row.cells.filter((c) => c.text !== '').length >= 2)) return undefined;
  const frameBox: Box = [xs[0]!, ys[0]!, xs.at(-1)!, ys.at(-1)!];
  return { box: frameBox, columns: xs, grid: { kind: 'grid', rows: gridRows, source: { page, bbox: roundBox(frameBox) } } };
}

/**
 * A cell's text: its lines top to bottom, wrapped text joined; vertical text after. Spaces between Chinese
 * characters are dropped: they spread a short name over its cell ("合    计").
 */
function cellText(lines: readonly TextLine[], runs: readonly TextRun[]): string {
  const vertical = runs.filter((r) => r.vertical).sort((a, b) => a.box[0] - b.box[0]).map((r) => r.text);
  return joinWrapped([...lines.map((l) => l.text), ...vertical])
    .replace(SPREAD_CJK, '$1')
    .trim();
}
