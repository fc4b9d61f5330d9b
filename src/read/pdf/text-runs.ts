import { unifyRadicals } from './cjk-radicals.js';
import { isWide } from '../positioned-text/char-width.js';
import type { Box } from '../positioned-text/geometry.js';
import { multiply } from './matrix.js';

/** The part of a pdf.js text item the reader uses (pdf.js `TextItem`). */
export interface RawTextItem {
  str: string;
  /** Text-space → user-space matrix of the item's origin (font size included). */
  transform: number[];
  /** Advance width in user-space units. */
  width: number;
  height: number;
  fontName: string;
}

/** Font metrics pdf.js reports per font (`TextContent.styles`). */
export interface RawTextStyle {
  ascent?: number;
  descent?: number;
}

/** A piece of text drawn in one go, placed in viewport space (see geometry.ts). */
export interface TextRun {
  text: string;
  box: Box;
  /** y of the baseline (horizontal runs); the box's vertical centre for vertical runs. */
  baseline: number;
  /** Font size in user-space units. */
  size: number;
  /** Written top-to-bottom or rotated by ±90°: never split per glyph and never part of a text line. */
  vertical: boolean;
  /** The PDF put a space character before this run (it was cut from a longer item at the space). */
  spaceBefore?: boolean;
}

const DEFAULT_ASCENT = 0.86;
const DEFAULT_DESCENT = -0.14;
/** Text whose direction deviates more than this (as a slope) from the axes is decoration: watermarks, stamps. */
const MAX_SKEW = 0.05;

/**
 * Turns pdf.js text items into runs in viewport space. Whitespace-only items (pdf.js inserts them for gaps) are
 * dropped, surrounding spaces trimmed, and text that is neither horizontal nor vertical (watermarks) left out.
 */
export function textRuns(items: readonly RawTextItem[], styles: Readonly<Record<string, RawTextStyle>>, viewport: readonly number[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    if (raw.str.trim() === '') continue;
    const item = { ...raw, str: unifyRadicals(raw.str) };
    const [a, b, c, d, e, f] = multiply(viewport, item.transform);
    const along = Math.hypot(a, b);
    const size = Math.hypot(c, d) || item.height;
    if (along === 0 || size === 0) continue;
    const [ux, uy] = [a / along, b / along];
    const horizontal = ux > 0 && Math.abs(uy) <= MAX_SKEW;
    const vertical = Math.abs(ux) <= MAX_SKEW;
    if (!horizontal && !vertical) continue;
    const style = styles[item.fontName];
    const ascent = style?.ascent && style.ascent > 0 && style.ascent < 2 ? style.ascent : DEFAULT_ASCENT;
    const descent = style?.descent && style.descent < 0 && style.descent > -1 ? style.descent : DEFAULT_DESCENT;
    // (c, d) is the glyph's "up" in viewport space, one font size long.
    const [vx, vy] = [c, d];
    const corners: [number, number][] = [];
    for (const t of [0, item.width]) {
      for (const h of [descent, ascent]) corners.push([e + ux * t + vx * h, f + uy * t + vy * h]);
    }
    const box: Box = [
      Math.min(...corners.map((p) => p[0])),
      Math.min(...corners.map((p) => p[1])),
      Math.max(...corners.map((p) => p[0])),
      Math.max(...corners.map((p) => p[1])),
    ];
    if (vertical) {
      runs.push({ text: item.str.trim(), box, baseline: (box[1] + box[3]) / 2, size, vertical: true });
      continue;
    }
    runs.push(...splitAtSpaces({ text: item.str, box, baseline: f, size, vertical: false }));
  }
  return runs;
}

export interface CharSpan {
  ch: string;
  x0: number;
  x1: number;
}

/**
 * Estimated horizontal extent of each character of a horizontal run. pdf.js reports only the run's total advance,
 * so it is shared out by character class (wide = 1 em, narrow = ½ em). pdf.js writes a wide gap inside an item
 * as one space: spaces take whatever the other characters leave. Good enough to cut a run at a gap or at a
 * cell border.
 */
export function charSpans(run: TextRun): CharSpan[] {
  const chars = [...run.text];
  const width = run.box[2] - run.box[0];
  const nominal = chars.map((ch) => (/\s/.test(ch) ? 0 : isWide(ch) ? 1 : 0.5) * run.size);
  const used = nominal.reduce((s, w) => s + w, 0);
  const spaces = chars.filter((ch) => /\s/.test(ch)).length;
  let widths: number[];
  if (spaces > 0 && used < width) {
    const gap = Math.max((width - used) / spaces, 0);
    widths = chars.map((ch, i) => (/\s/.test(ch) ? gap : nominal[i]!));
  } else {
    const weights = chars.map((ch) => (isWide(ch) ? 1 : 0.5));
    const total = weights.reduce((s, w) => s + w, 0) || 1;
    widths = weights.map((w) => (width * w) / total);
  }
  const spans: CharSpan[] = [];
  let x = run.box[0];
  chars.forEach((ch, i) => {
    spans.push({ ch, x0: x, x1: x + widths[i]! });
    x += widths[i]!;
  });
  return spans;
}

/** A run made of some of another run's characters (in order), with the box narrowed to them. */
export function subRun(run: TextRun, spans: readonly CharSpan[]): TextRun | undefined {
  if (spans.length === 0) return undefined;
  return { ...run, text: spans.map((s) => s.ch).join(''), box: [spans[0]!.x0, run.box[1], spans.at(-1)!.x1, run.box[3]] };
}

/** The run cut at its spaces into words (surrounding spaces dropped); words after a space say so. */
function splitAtSpaces(run: TextRun): TextRun[] {
  if (!/\s/.test(run.text)) return [run];
  const out: TextRun[] = [];
  let word: CharSpan[] = [];
  const flush = () => {
    const sub = subRun(run, word);
    if (sub) out.push(out.length > 0 ? { ...sub, spaceBefore: true } : sub);
    word = [];
  };
  for (const span of charSpans(run)) {
    if (/\s/.test(span.ch)) flush();
    else word.push(span);
  }
  flush();
  return out;
}
