import type { Box } from './geometry.js';

/** Full-width characters (CJK ideographs, kana, full-width forms and punctuation) take one em, others about half. */
export function isWide(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 ||
    ch === '—' ||
    ch === '“' ||
    ch === '”' ||
    ch === '…'
  );
}

/**
 * The part of a printed line's box that characters `from`…`to` of its text take: the line's width shared out by
 * character class (wide = 1, others ½), the height kept. An estimate, close enough to box one number of a sentence.
 */
export function spanBox(box: Box, text: string, from: number, to: number): Box {
  const chars = [...text];
  // offsets are UTF-16 ones, as the text's other users count them
  let unit = 0;
  const starts: number[] = [];
  const weights: number[] = [];
  for (const ch of chars) {
    starts.push(unit);
    weights.push(isWide(ch) ? 1 : 0.5);
    unit += ch.length;
  }
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0 || from >= to) return box;
  const scale = (box[2] - box[0]) / total;
  let x = box[0];
  let x0 = box[0];
  let x1 = box[2];
  chars.forEach((_, i) => {
    if (starts[i] === from || (i === 0 && from <= 0)) x0 = x;
    x += weights[i]! * scale;
    if (starts[i]! < to) x1 = x;
  });
  return [x0, box[1], Math.max(x0, x1), box[3]];
}
