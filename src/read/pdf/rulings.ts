import { apply, IDENTITY, multiply, type Matrix } from './matrix.js';

/** The part of a pdf.js operator list the reader uses (`PDFPageProxy.getOperatorList()`). */
export interface RawOperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/**
 * pdf.js operator codes (`OPS`) and path-drawing codes (`DrawOPS`) of pdfjs-dist 5. Copied so that reading
 * rulings does not load pdf.js; rulings.test.ts checks them against the library.
 */
export const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  setStrokeColorN: 53,
  setFillColorN: 55,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
} as const;

export const DRAW_OPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** A horizontal (`y = at`, x from `from` to `to`) or vertical (`x = at`, y from … to) ruling in viewport space. */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
}

/** Filled rectangles no thicker than this are drawn lines (Word draws every border as a 0.5-unit rectangle). */
const THIN = 2.5;
/** Stroked segments whose ends differ by at most this across their direction are axis-aligned. */
const AXIS_TOLERANCE = 0.6;
/** Rulings at positions this close are the same line (double borders, pieces drawn per cell). */
const SNAP = 1.2;
/** Shorter rulings are dots and corners, not borders. */
const MIN_LENGTH = 1.5;

type Color = 'white' | 'ink' | 'none';

interface State {
  ctm: Matrix;
  stroke: Color;
  fill: Color;
}

/**
 * The horizontal and vertical lines a page draws: stroked straight path segments, thin filled rectangles, and the
 * edges of shaded (non-white) filled rectangles. White or transparent paint is not a line; clipping paths are not
 * painted. Pieces of one line are merged.
 */
export function extractRulings(ops: RawOperatorList, viewport: readonly number[], page: { width: number; height: number }): Rulings {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  let state: State = { ctm: [...IDENTITY], stroke: 'ink', fill: 'ink' };
  const stack: State[] = [];
  const pageArea = page.width * page.height;

  const addLine = (x0: number, y0: number, x1: number, y1: number) => {
    if (Math.abs(y1 - y0) <= AXIS_TOLERANCE && Math.abs(x1 - x0) >= MIN_LENGTH) horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x1 - x0) <= AXIS_TOLERANCE && Math.abs(y1 - y0) >= MIN_LENGTH) vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(state);
        state = { ...state };
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(state);
        state = { ...state };
        if (Array.isArray(args?.[0]) && args[0].length === 6) state.ctm = multiply(state.ctm, args[0] as number[]);
        break;
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setStrokeRGBColor:
        state.stroke = colorOf(args?.[0]);
        break;
      case OPS.setFillRGBColor:
        state.fill = colorOf(args?.[0]);
        break;
      case OPS.setStrokeColorN:
        state.stroke = 'ink';
        break;
      case OPS.setFillColorN:
        state.fill = 'ink';
        break;
      case OPS.setStrokeTransparent:
        state.stroke = 'none';
        break;
      case OPS.setFillTransparent:
        state.fill = 'none';
        break;
      case OPS.constructPath: {
        const paint = args?.[0] as number;
        const stroke = STROKES.has(paint) && state.stroke === 'ink';
        const fill = FILLS.has(paint) && state.fill === 'ink';
        if (!stroke && !fill) break;
        const toViewport = multiply(viewport, state.ctm);
        for (const path of (args?.[1] as ArrayLike<number>[] | undefined) ?? []) {
          for (const sub of subpaths(path)) {
            const points = sub.points.map(([x, y]) => apply(toViewport, x, y));
            if (stroke) {
              for (let k = 1; k < points.length; k++) addLine(...points[k - 1]!, ...points[k]!);
              if (sub.closed && points.length > 2) addLine(...points.at(-1)!, ...points[0]!);
            }
            if (fill && !sub.curved) addFilledRectangle(points, pageArea, addLine);
          }
        }
        break;
      }
    }
  }
  return { horizontal: mergeSegments(horizontal), vertical: mergeSegments(vertical) };
}

function colorOf(value: unknown): Color {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) return 'ink';
  const channels = [1, 3, 5].map((k) => Number.parseInt(value.slice(k, k + 2), 16));
  return channels.every((c) => c >= 0xf0) ? 'white' : 'ink';
}

interface Subpath {
  points: [number, number][];
  closed: boolean;
  curved: boolean;
}

/** Splits pdf.js path data (DrawOPS codes followed by their coordinates) into subpaths of straight points. */
export function subpaths(path: ArrayLike<number>): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | undefined;
  for (let k = 0; k < path.length; ) {
    const op = path[k++]!;
    if (op === DRAW_OPS.moveTo) {
      current = { points: [[path[k]!, path[k + 1]!]], closed: false, curved: false };
      out.push(current);
      k += 2;
    } else if (op === DRAW_OPS.lineTo) {
      current?.points.push([path[k]!, path[k + 1]!]);
      k += 2;
    } else if (op === DRAW_OPS.curveTo) {
      if (current) {
        current.curved = true;
        current.points.push([path[k + 4]!, path[k + 5]!]);
      }
      k += 6;
    } else if (op === DRAW_OPS.quadraticCurveTo) {
      if (current) {
        current.curved = true;
        current.points.push([path[k + 2]!, path[k + 3]!]);
      }
      k += 4;
    } else if (op === DRAW_OPS.closePath) {
      if (current) current.closed = true;
    } else break; // unknown data: stop rather than misread coordinates
  }
  return out.filter((s) => s.points.length > 1);
}

function addFilledRectangle(points: [number, number][], pageArea: number, addLine: (x0: number, y0: number, x1: number, y1: number) => void): void {
  const distinct = points.filter((p, k) => k === 0 || Math.abs(p[0] - points[k - 1]![0]) + Math.abs(p[1] - points[k - 1]![1]) > 0.01);
  if (distinct.length > 1 && Math.abs(distinct[0]![0] - distinct.at(-1)![0]) + Math.abs(distinct[0]![1] - distinct.at(-1)![1]) <= 0.01) distinct.pop();
  if (distinct.length !== 4) return;
  const xs = distinct.map((p) => p[0]);
  const ys = distinct.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Axis-aligned: every corner lies on the bounding box's corners.
  if (!distinct.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)))) return;
  const [w, h] = [x1 - x0, y1 - y0];
  if (h <= THIN && w > h) addLine(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
  else if (w <= THIN && h > w) addLine((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
  else if (w > THIN && h > THIN && w * h < 0.5 * pageArea) {
    // A shaded cell or band: its edges separate it from its neighbours.
    addLine(x0, y0, x1, y0);
    addLine(x0, y1, x1, y1);
    addLine(x0, y0, x0, y1);
    addLine(x1, y0, x1, y1);
  }
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.5;

/** Snaps segments at nearly the same position together and joins overlapping or touching pieces. */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at);
  const rows: Segment[][] = [];
  for (const s of sorted) {
    const row = rows.at(-1);
    if (row && s.at - row[0]!.at <= SNAP) row.push(s);
    else rows.push([s]);
  }
  const out: Segment[] = [];
  for (const row of rows) {
    const at = row.reduce((sum, s) => sum + s.at, 0) / row.length;
    const pieces = [...row].sort((a, b) => a.from - b.from);
    let current: Segment | undefined;
    for (const p of pieces) {
      if (current && p.from <= current.to + SNAP) current.to = Math.max(current.to, p.to);
      else {
        current = { at, from: p.from, to: p.to };
        out.push(current);
      }
    }
  }
  return out.filter((s) => s.to - s.from >= MIN_LENGTH);
}
