/**
 * Page geometry shared by the PDF reader. Every coordinate the reader hands on is in **viewport space**:
 * PDF user-space units (1/72 inch) with the origin at the top-left corner of the (rotated, cropped) page and y
 * growing downwards, so a box is `[x0, top, x1, bottom]`. Layout sources carry such boxes.
 */
export type Box = [x0: number, top: number, x1: number, bottom: number];

/** A PDF affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first and `outer` second (PDF's `inner × outer`). */
export function multiply(outer: readonly number[], inner: readonly number[]): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer as Matrix;
  const [a2, b2, c2, d2, e2, f2] = inner as Matrix;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = m as Matrix;
  return [a * x + c * y + e, b * x + d * y + f];
}

export function union(boxes: readonly Box[]): Box {
  let [x0, top, x1, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b[0]);
    top = Math.min(top, b[1]);
    x1 = Math.max(x1, b[2]);
    bottom = Math.max(bottom, b[3]);
  }
  return [x0, top, x1, bottom];
}

/** The box rounded to 0.01 unit, as provenance is reported. */
export function roundBox(b: Box): Box {
  const r = (v: number) => Math.round(v * 100) / 100;
  return [r(b[0]), r(b[1]), r(b[2]), r(b[3])];
}

/**
 * Groups sorted numbers whose neighbours lie within `tolerance` and returns each group's mean. Used to snap
 * ruling positions and baselines that a producer drew a fraction of a unit apart.
 */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (count > 0 && v - last > tolerance) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count++;
    last = v;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

/** Index of the interval [edges[i], edges[i+1]) holding v, or -1 outside. `edges` is ascending. */
export function intervalIndex(edges: readonly number[], v: number): number {
  if (edges.length < 2 || v < edges[0]! || v > edges.at(-1)!) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
