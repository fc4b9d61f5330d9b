import type { TextRun } from '../../src/read/pdf/text-runs.js';
import { isWide } from '../../src/read/positioned-text/char-width.js';

/** A horizontal text run as the PDF reader places it: wide characters one em, others half an em. */
export function run(text: string, x: number, baseline: number, size = 10): TextRun {
  const width = [...text].reduce((w, ch) => w + (isWide(ch) ? 1 : 0.5), 0) * size;
  return { text, box: [x, baseline - 0.86 * size, x + width, baseline + 0.14 * size], baseline, size, vertical: false };
}

/** Runs for a row of texts starting at the given x positions, on one baseline. */
export const row = (baseline: number, cells: [number, string][], size = 10): TextRun[] => cells.map(([x, t]) => run(t, x, baseline, size));
