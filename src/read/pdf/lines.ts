import { isWide } from '../positioned-text/char-width.js';
import { union, type Box } from '../positioned-text/geometry.js';
import type { Chunk, TextLine } from '../positioned-text/lines.js';
import type { TextRun } from './text-runs.js';

/** Runs whose baselines differ by less than this share a line (× font size). */
const SAME_LINE = 0.4;
/** A horizontal gap wider than this (× font size) separates chunks. */
export const CHUNK_GAP = 1.0;
/** A gap wider than this (× font size) is a word space, except between two wide characters: Chinese text is
 * often spread out to fill a cell or a line, and its gaps are not spaces. */
const SPACE = 0.2;

/**
 * Groups horizontal runs into lines (top to bottom) and each line into chunks (left to right). Runs drawn twice
 * at almost the same place (fake bold) are kept once; gaps become spaces as the PDF spaced them.
 */
export function buildLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = runs.filter((r) => !r.vertical).sort((a, b) => a.baseline - b.baseline || a.box[0] - b.box[0]);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = -Infinity;
  let size = 0;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.baseline - baseline) <= SAME_LINE * Math.min(size, run.size)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.baseline;
    size = run.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineOf);
}

function lineOf(runs: TextRun[]): TextLine {
  const ordered = [...runs].sort((a, b) => a.box[0] - b.box[0]);
  const chunks: Chunk[] = [];
  let text = '';
  let boxes: Box[] = [];
  let previous: TextRun | undefined;
  const flush = () => {
    if (boxes.length > 0) chunks.push({ text, box: union(boxes) });
    text = '';
    boxes = [];
  };
  for (const run of ordered) {
    if (previous && run.text === previous.text && Math.abs(run.box[0] - previous.box[0]) < 0.3 * run.size) continue;
    if (previous) {
      const gap = run.box[0] - previous.box[2];
      const em = Math.max(run.size, previous.size);
      if (gap > CHUNK_GAP * em) flush();
      else text += run.spaceBefore ? ' ' : separator(previous.text, run.text, gap, em);
    }
    text += run.text;
    boxes.push(run.box);
    previous = run;
  }
  flush();
  const sizes = ordered.map((r) => r.size).sort((a, b) => a - b);
  return {
    text: chunks.map((c) => c.text).join(' '),
    box: union(chunks.map((c) => c.box)),
    baseline: ordered[0]!.baseline,
    size: sizes[sizes.length >> 1]!,
    chunks,
  };
}

function separator(left: string, right: string, gap: number, em: number): string {
  const a = left.at(-1) ?? ' ';
  const b = right[0] ?? ' ';
  if (/\s/.test(a) || /\s/.test(b)) return '';
  return gap > SPACE * em && !(isWide(a) && isWide(b)) ? ' ' : '';
}

