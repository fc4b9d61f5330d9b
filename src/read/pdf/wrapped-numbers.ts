import { union } from '../positioned-text/geometry.js';
import type { TextLine } from '../positioned-text/lines.js';

/** Consecutive lines of one paragraph: baselines at most this far apart (× font size; 1.5 line spacing included). */
const LINE_PITCH = 2;
/** A line that wrapped lies against a border of its cell: its free side is at most this wide (× font size; cell padding). */
const INSET = 1;

/** A number as printed, or a piece of one: digits with separators, maybe a sign in front. */
const HEAD = /^[-−]?[\d.,，]*\d[\d.,，]*$/;
const TAIL = /^[\d.,，]+$/;
/** A whole number: plain, or grouped by thousands; a decimal part at most once. */
const WHOLE = /^[-−]?(\d+|\d{1,3}([,，]\d{3})+)(\.\d+)?$/;

const compact = (line: TextLine) => line.text.replace(/\s+/g, '');

/**
 * Whether `line` was cut by the cell's width before `next`: the line lies against one border of the cell (its
 * tighter side is padding only) and the space left on its other side, beyond that padding, is narrower than the
 * next line's first character, so that character could not follow on the same line.
 */
function filled(line: TextLine, next: TextLine, cell: readonly [number, number]): boolean {
  const [left, right] = [line.box[0] - cell[0], cell[1] - line.box[2]];
  const glyph = (next.box[2] - next.box[0]) / Math.max(1, [...compact(next)].length);
  return Math.min(left, right) <= INSET * line.size && Math.abs(left - right) < glyph;
}

/**
 * Joins the pieces of a number that wrapped inside one table cell (a narrow column: "2262.4" over "3"), by the
 * cell's geometry: consecutive lines of the same size, each but the last filling the cell's width, whose texts
 * together are one well-formed number. Lines that are numbers of their own (several printed rows in one ruled
 * row), labels and anything else are returned unchanged. `cell` is the cell's [left, right] border.
 */
export function joinWrappedNumbers(lines: readonly TextLine[], cell: readonly [number, number]): TextLine[] {
  const out: TextLine[] = [];
  let k = 0;
  while (k < lines.length) {
    const first = lines[k]!;
    let text = compact(first);
    let last = first;
    let end = k + 1;
    if (HEAD.test(text)) {
      // extend while the next line continues the number; keep the longest extension that is a whole number
      let best = WHOLE.test(text) ? end : k;
      let candidate = text;
      for (let j = k + 1; j < lines.length; j++) {
        const next = lines[j]!;
        const piece = compact(next);
        const sameSize = Math.abs(next.size - last.size) <= 0.1 * last.size;
        if (!TAIL.test(piece) || !sameSize || next.baseline - last.baseline > LINE_PITCH * last.size || !filled(last, next, cell)) break;
        candidate += piece;
        last = next;
        if (WHOLE.test(candidate)) {
          best = j + 1;
          text = candidate;
        }
      }
      end = Math.max(best, k + 1);
    }
    if (end === k + 1) {
      out.push(first);
    } else {
      const pieces = lines.slice(k, end);
      const box = union(pieces.map((l) => l.box));
      out.push({ text, box, baseline: first.baseline, size: first.size, chunks: [{ text, box }] });
    }
    k = end;
  }
  return out;
}
