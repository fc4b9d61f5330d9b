/**
 * Geometry of text placed on a page. Coordinates grow rightwards and downwards from the page's top-left corner, so a
 * box is `[x0, top, x1, bottom]`. The PDF reader works in viewport space (PDF units, 1/72 inch, of the rotated and
 * cropped page); a text copy of a page is placed in character columns and lines (see text-page.ts).
 */
export type Box = [x0: number, top: number, x1: number, bottom: number];

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
