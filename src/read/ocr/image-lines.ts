import type { GrayImage } from './gray-image.js';

/**
 * A straight ruling found in a page image, in pixels: horizontal ones run along y = `at` from x = `from` to `to`
 * (inclusive), vertical ones along x = `at`. `thickness` is its ink per unit of length.
 */
export interface PixelLine {
  at: number;
  from: number;
  to: number;
  thickness: number;
}

export interface LineOptions {
  /** Gray level at or below which a pixel is ink (see otsuThreshold). */
  threshold: number;
  /** Shorter dark runs are strokes of characters, not rulings (pixels). */
  minLength: number;
  /** Thicker dark bands are filled areas, pictures or bold text, not rulings (pixels). */
  maxThickness: number;
  /** A run of ink may break for this many pixels (scan noise, JPEG artefacts) and go on. */
  maxGap: number;
}

/**
 * Finds the horizontal and vertical rulings of a page image: runs of ink at least `minLength` long, in one pixel
 * row (or column), joined with the runs of the neighbouring rows that overlap them into one line as long as the
 * band stays thin. A slightly skewed line is followed from row to row. Text, whose strokes are short, and filled
 * areas, which are thick, give no line.
 */
export function detectLines(image: GrayImage, options: LineOptions): { horizontal: PixelLine[]; vertical: PixelLine[] } {
  return { horizontal: scan(image, options, true), vertical: scan(image, options, false) };
}

interface Run {
  from: number;
  to: number;
  ink: number;
}

interface Open {
  /** The extent of its run in the previous lane (a skewed line moves along). */
  last: Run;
  lanes: number;
  from: number;
  to: number;
  ink: number;
  /** Σ lane × ink, for the line's position. */
  moment: number;
  seen: boolean;
}

function scan(image: GrayImage, options: LineOptions, horizontal: boolean): PixelLine[] {
  const { width, height, data } = image;
  const [laneCount, length] = horizontal ? [height, width] : [width, height];
  const [laneStep, step] = horizontal ? [width, 1] : [1, width];
  const out: PixelLine[] = [];
  let open: Open[] = [];
  const close = (line: Open) => {
    const extent = line.to - line.from + 1;
    const thickness = line.ink / extent;
    if (extent >= options.minLength && thickness <= options.maxThickness) out.push({ at: line.moment / line.ink, from: line.from, to: line.to, thickness });
  };
  for (let lane = 0; lane <= laneCount; lane++) {
    const runs = lane < laneCount ? lanesRuns(data, lane * laneStep, step, length, options) : [];
    for (const line of open) line.seen = false;
    const next: Open[] = [];
    for (const run of runs) {
      const line = open.find((l) => !l.seen && run.from <= l.last.to + options.maxGap && run.to >= l.last.from - options.maxGap);
      if (line) {
        line.seen = true;
        line.last = run;
        line.lanes++;
        line.from = Math.min(line.from, run.from);
        line.to = Math.max(line.to, run.to);
        line.ink += run.ink;
        line.moment += lane * run.ink;
        next.push(line);
      } else next.push({ last: run, lanes: 1, from: run.from, to: run.to, ink: run.ink, moment: lane * run.ink, seen: true });
    }
    for (const line of open) if (!line.seen) close(line);
    open = next;
  }
  return out.sort((a, b) => a.at - b.at || a.from - b.from);
}

/** The runs of ink of one pixel row or column that are long enough to be part of a ruling. */
function lanesRuns(data: Uint8Array, start: number, step: number, length: number, options: LineOptions): Run[] {
  const runs: Run[] = [];
  let from = -1;
  let lastInk = -1;
  let ink = 0;
  for (let i = 0, p = start; i <= length; i++, p += step) {
    const dark = i < length && data[p]! <= options.threshold;
    if (dark) {
      if (from >= 0 && i - lastInk - 1 > options.maxGap) {
        if (lastInk - from + 1 >= options.minLength) runs.push({ from, to: lastInk, ink });
        from = -1;
      }
      if (from < 0) {
        from = i;
        ink = 0;
      }
      ink++;
      lastInk = i;
    } else if (from >= 0 && (i === length || i - lastInk > options.maxGap)) {
      if (lastInk - from + 1 >= options.minLength) runs.push({ from, to: lastInk, ink });
      from = -1;
    }
  }
  return runs;
}

/**
 * Whitens the pixels of the given lines (and a pixel around them), so that OCR reads the text of a table without
 * its borders: rulings touching characters make tesseract misread them or join cells into one line.
 */
export function eraseLines(image: GrayImage, lines: { horizontal: readonly PixelLine[]; vertical: readonly PixelLine[] }, threshold: number): GrayImage {
  const data = new Uint8Array(image.data);
  const { width, height } = image;
  const band = (line: PixelLine) => Math.ceil(line.thickness / 2 + 1.5);
  for (const line of lines.horizontal) {
    const r = band(line);
    for (let y = Math.max(0, Math.floor(line.at - r)); y <= Math.min(height - 1, Math.ceil(line.at + r)); y++) {
      for (let x = Math.max(0, line.from - 2); x <= Math.min(width - 1, line.to + 2); x++) if (data[y * width + x]! <= threshold + 40) data[y * width + x] = 255;
    }
  }
  for (const line of lines.vertical) {
    const r = band(line);
    for (let y = Math.max(0, line.from - 2); y <= Math.min(height - 1, line.to + 2); y++) {
      for (let x = Math.max(0, Math.floor(line.at - r)); x <= Math.min(width - 1, Math.ceil(line.at + r)); x++) if (data[y * width + x]! <= threshold + 40) data[y * width + x] = 255;
    }
  }
  return { width, height, data };
}
