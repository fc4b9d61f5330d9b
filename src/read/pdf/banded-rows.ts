import { clusterValues } from '../positioned-text/geometry.js';
import { joinWrapped, SPREAD_CJK, type TextLine } from '../positioned-text/lines.js';

/** Baselines within this distance (× font size) are the same printed row. */
const SAME_ROW = 0.4;
/** A line at least this share of the row pitch away from every known row starts another row. */
const NEW_ROW = 0.8;

const NUMBER = /^[-−]?\d[\d,，]*(\.\d+)?%?$|^[—–\-－―]+$/;
const isNumber = (line: TextLine) => NUMBER.test(line.text.replace(/\s+/g, ''));

/**
 * Some tables rule their columns but not their rows: one ruled row then holds several printed rows. The sign is
 * a cell holding two or more numbers one under another; the closest two give the row pitch. The printed rows are
 * the numbers' baselines, plus the baseline of any other line at least most of a pitch away from them (a row
 * whose numbers are blank). Every line goes to the nearest printed row, so the pieces of a wrapped label stay
 * with their row. (A number wrapped inside its cell is joined before, by the cell's geometry: wrapped-numbers.ts.)
 * Returns the text of every cell per printed row, top to bottom; undefined for a single row.
 */
export function splitBandedRow(cells: readonly (readonly TextLine[])[]): { baselines: number[]; texts: string[][] } | undefined {
  const stacks = cells.map((lines) => lines.filter(isNumber).map((l) => l.baseline));
  const size = cells.flat()[0]?.size ?? 0;
  let pitch = Infinity;
  for (const stack of stacks) {
    const rows = clusterValues(stack, SAME_ROW * size);
    for (let k = 1; k < rows.length; k++) pitch = Math.min(pitch, rows[k]! - rows[k - 1]!);
  }
  if (!Number.isFinite(pitch)) return undefined;

  // Rows whose numbers are blank: other lines far from every number row, grouped where they lie closer together
  // than a pitch (a wrapped label, a header over several lines), each group a row at its middle.
  const baselines = clusterValues(stacks.flat(), SAME_ROW * size);
  const far = cells
    .flat()
    .map((l) => l.baseline)
    .filter((y) => baselines.every((b) => Math.abs(b - y) >= NEW_ROW * pitch))
    .sort((a, b) => a - b);
  let group: number[] = [];
  const close = () => {
    if (group.length > 0) baselines.push((group[0]! + group.at(-1)!) / 2);
    group = [];
  };
  for (const y of far) {
    if (group.length > 0 && y - group.at(-1)! >= NEW_ROW * pitch) close();
    group.push(y);
  }
  close();
  baselines.sort((a, b) => a - b);
  if (baselines.length < 2) return undefined;
  const nearest = (y: number) => baselines.reduce((best, b, k) => (Math.abs(b - y) < Math.abs(baselines[best]! - y) ? k : best), 0);
  const parts = baselines.map(() => cells.map(() => [] as TextLine[]));
  cells.forEach((lines, j) => {
    for (const line of lines) parts[nearest(line.baseline)]![j]!.push(line);
  });
  const texts = parts.map((row) => row.map((lines) => joinWrapped(lines.sort((a, b) => a.baseline - b.baseline).map((l) => l.text)).replace(SPREAD_CJK, '$1')));
  return { baselines, texts };
}
