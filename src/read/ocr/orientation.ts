import type { Box } from '../positioned-text/geometry.js';
import { downscale, otsuThreshold, type GrayImage } from './gray-image.js';

/**
 * How a scanned page lies: the quarter turns of its picture and the small tilt of a sheet fed askew. Pages are
 * read upright: the picture is turned and straightened before OCR, and the boxes found are mapped back onto the
 * page as displayed (where the portal highlights them).
 */

/** Clockwise quarter turns: 0, 1 (90°), 2 (180°), 3 (270°). */
export type QuarterTurns = 0 | 1 | 2 | 3;

/**
 * The image turned clockwise by `turns` quarter turns. Turning the page picture clockwise by the angle its content
 * was turned counter-clockwise puts the content upright.
 */
export function rotateQuarter(image: GrayImage, turns: QuarterTurns): GrayImage {
  if (turns === 0) return image;
  const { width, height, data } = image;
  const [w, h] = turns === 2 ? [width, height] : [height, width];
  const out = new Uint8Array(w * h);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      // Where pixel (x, y) lands in the turned image.
      const [nx, ny] = turns === 1 ? [height - 1 - y, x] : turns === 2 ? [width - 1 - x, height - 1 - y] : [y, width - 1 - x];
      out[ny * w + nx] = data[row + x]!;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * The image rotated by `degrees` about its centre (positive: clockwise on screen, y growing downwards), same size,
 * bilinear, uncovered corners white. Used to straighten a page scanned a few degrees askew.
 */
export function rotateSmall(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height).fill(255);
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [(width - 1) / 2, (height - 1) / 2];
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    // Source of (x, y): the inverse rotation.
    let sx = cx - cx * cos + dy * sin;
    let sy = cy + cx * sin + dy * cos;
    for (let x = 0; x < width; x++, sx += cos, sy -= sin) {
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const [fx, fy] = [sx - x0, sy - y0];
      const p = y0 * width + x0;
      const top = data[p]! + (data[p + 1]! - data[p]!) * fx;
      const bottom = data[p + width]! + (data[p + width + 1]! - data[p + width]!) * fx;
      out[y * width + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { width, height, data: out };
}

/** The look is taken at this resolution: body text is still a row of separate characters, and it costs little. */
const LOOK_DPI = 75;
/** Ink runs longer than this (inches) are rules or filled areas, not text, and are left out of the profile. */
const RULE_INCHES = 0.6;
/** Tilts looked for: up to this many degrees each way… */
const MAX_SKEW = 5;
/** …first in coarse steps, then finely around the best. */
const COARSE_STEP = 0.25;
const FINE_STEP = 0.025;
/** Fewer ink pixels than this (in the small image) tell nothing. */
const MIN_INK = 400;

/**
 * How far the lines of an upright page image are tilted, in degrees (clockwise positive; 0 when there is too little
 * ink to tell): the angle at which the ink summed along lines falls into the sharpest peaks and gaps (a projection
 * profile), on a small copy of the image with the long rules left out. Takes a few tens of milliseconds.
 */
export function estimateSkew(image: GrayImage, dpi: number): number {
  const small = dpi > LOOK_DPI ? downscale(image, LOOK_DPI / dpi) : image;
  const scale = small.width / image.width;
  const ink = textInk(small, otsuThreshold(small), Math.round(RULE_INCHES * dpi * scale));
  if (ink.xs.length < MIN_INK) return 0;
  const score = (deg: number) => profileScore(ink, small, deg);
  let best = { deg: 0, score: score(0) };
  for (let deg = -MAX_SKEW; deg <= MAX_SKEW + 1e-9; deg += COARSE_STEP) {
    const s = score(deg);
    if (s > best.score) best = { deg, score: s };
  }
  const coarse = best.deg;
  for (let deg = coarse - COARSE_STEP; deg <= coarse + COARSE_STEP + 1e-9; deg += FINE_STEP) {
    const s = score(deg);
    if (s > best.score) best = { deg, score: s };
  }
  return Math.round(best.deg * 1000) / 1000;
}

/** The ink pixels of an image that are not part of long straight runs (rules), as coordinates. */
function textInk(image: GrayImage, threshold: number, ruleLength: number): { xs: Int32Array; ys: Int32Array } {
  const { width, height, data } = image;
  const rule = new Uint8Array(width * height);
  const mark = (start: number, step: number, count: number) => {
    let from = -1;
    for (let i = 0; i <= count; i++) {
      const dark = i < count && data[start + i * step]! <= threshold;
      if (dark && from < 0) from = i;
      if (!dark && from >= 0) {
        if (i - from >= ruleLength) for (let j = from; j < i; j++) rule[start + j * step] = 1;
        from = -1;
      }
    }
  };
  for (let y = 0; y < height; y++) mark(y * width, 1, width);
  for (let x = 0; x < width; x++) mark(x, width, height);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0, p = 0; y < height; y++) {
    for (let x = 0; x < width; x++, p++) {
      if (data[p]! > threshold || rule[p]) continue;
      xs.push(x);
      ys.push(y);
    }
  }
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys) };
}

/**
 * How sharply the ink falls into rows when summed along lines tilted by `deg`: the sum of squared differences
 * between neighbouring bins, over the ink. Differences, not plain squares, so that empty margins do not count.
 */
function profileScore(ink: { xs: Int32Array; ys: Int32Array }, image: GrayImage, deg: number): number {
  const t = Math.tan((deg * Math.PI) / 180);
  const offset = Math.ceil(Math.abs(t) * image.width) + 1;
  const bins = new Float64Array(image.height + 2 * offset + 1);
  const { xs, ys } = ink;
  // A line tilted clockwise by deg (y grows downwards): y = y0 + x·tan(deg).
  for (let k = 0; k < xs.length; k++) bins[Math.round(ys[k]! - xs[k]! * t) + offset]!++;
  let sum = 0;
  for (let i = 1; i < bins.length; i++) sum += (bins[i]! - bins[i - 1]!) ** 2;
  return sum / xs.length;
}

/**
 * Maps a box (PDF units) found on the upright, straightened reading of a page back onto the page as displayed:
 * undoes the straightening (by `skew` degrees about the centre of the turned page) and the quarter turns. The
 * result is the box around the mapped corners.
 */
export function displayedBox(box: Box, turns: QuarterTurns, skew: number, displayed: { width: number; height: number }): Box {
  const [w, h] = turns % 2 === 1 ? [displayed.height, displayed.width] : [displayed.width, displayed.height];
  const [cos, sin] = [Math.cos((skew * Math.PI) / 180), Math.sin((skew * Math.PI) / 180)];
  const corners: [number, number][] = [
    [box[0], box[1]],
    [box[2], box[1]],
    [box[0], box[3]],
    [box[2], box[3]],
  ].map(([x, y]) => {
    // The straightened image was the turned one rotated by −skew; rotate back by +skew.
    const [dx, dy] = [x! - w / 2, y! - h / 2];
    const [ux, uy] = skew === 0 ? [x!, y!] : [w / 2 + dx * cos - dy * sin, h / 2 + dx * sin + dy * cos];
    // Undo the clockwise quarter turns of the displayed page (W × H) that gave the upright one (w × h).
    if (turns === 1) return [uy, displayed.height - ux];
    if (turns === 2) return [displayed.width - ux, displayed.height - uy];
    if (turns === 3) return [displayed.width - uy, ux];
    return [ux, uy];
  });
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)) * 100) / 100;
  return [clamp(Math.min(...xs), displayed.width), clamp(Math.min(...ys), displayed.height), clamp(Math.max(...xs), displayed.width), clamp(Math.max(...ys), displayed.height)];
}
