import { union } from './geometry.js';
import { isNumberChunk, type Chunk, type TextLine } from './lines.js';

/** Two lines of one row stand at most this far apart, baseline to baseline (× font size): the next line of a copy. */
const NEXT_LINE = 1.5;
/** A table has its rows split over two lines only when this many rows show it. */
const MIN_SPLIT_ROWS = 2;

type Kind = 'label' | 'numbers' | 'mixed';

const kindOf = (line: TextLine): Kind => {
  const numbers = line.chunks.filter(isNumberChunk).length;
  return numbers === 0 ? 'label' : numbers === line.chunks.length ? 'numbers' : 'mixed';
};

/** Whether two lines could be one row: the next line of the copy, and no chunk of one over a chunk of the other. */
function fit(a: TextLine, b: TextLine, em: number): boolean {
  if (Math.abs(a.baseline - b.baseline) > NEXT_LINE * em) return false;
  return a.chunks.every((x) => b.chunks.every((y) => x.box[2] <= y.box[0] || y.box[2] <= x.box[0]));
}

/**
 * Where positions are approximate (a text copy of a PDF page), a row whose labels printed on another baseline than
 * its numbers (a vertically centred cell beside a one-line name) comes out as two lines: the labels on a line of
 * their own, just above or just below a line of numbers only. In such a table every row does it the same way, so the
 * side is the one that pairs more lines of numbers with a line of labels; where both pair as many (a header line of
 * labels above the first numbers, or a page that ends before the last row's labels), the table's ends tell: labels
 * just above its first line of numbers are the first row's, unless labels follow its last line of numbers. Returns
 * the lines with each such pair joined into one line on the numbers' baseline.
 */
export function joinSplitRows(lines: readonly TextLine[], em: number): TextLine[] {
  const kinds = lines.map(kindOf);
  const pairs = (side: -1 | 1): Map<number, number> => {
    const used = new Set<number>();
    const out = new Map<number, number>();
    const order = side < 0 ? lines.map((_, i) => i) : lines.map((_, i) => lines.length - 1 - i);
    for (const i of order) {
      const j = i + side;
      if (kinds[i] !== 'numbers' || kinds[j] !== 'label' || used.has(j) || !fit(lines[i]!, lines[j]!, em)) continue;
      used.add(j);
      out.set(i, j);
    }
    return out;
  };
  const [above, below] = [pairs(-1), pairs(1)];
  if (Math.max(above.size, below.size) < MIN_SPLIT_ROWS) return [...lines];
  let chosen = above.size > below.size ? above : below;
  if (above.size === below.size) {
    // labels just above the first line of numbers are the first row's, unless labels follow the last line of numbers
    const [first, last] = [kinds.indexOf('numbers'), kinds.lastIndexOf('numbers')];
    chosen = above.has(first) && !below.has(last) ? above : below;
  }
  const joined = new Set(chosen.values());
  return lines.flatMap((line, i) => {
    if (joined.has(i)) return [];
    const j = chosen.get(i);
    return j === undefined ? [line] : [joinLines(line, lines[j]!)];
  });
}

/** One line of a row's numbers and its labels, on the numbers' baseline. */
function joinLines(numbers: TextLine, labels: TextLine): TextLine {
  const chunks: Chunk[] = [...numbers.chunks, ...labels.chunks].sort((a, b) => a.box[0] - b.box[0]);
  return { ...numbers, text: chunks.map((c) => c.text).join(' '), box: union([numbers.box, labels.box]), chunks };
}
