// How wide a table's columns print, in the columns of a monospaced copy (a Chinese character takes two): each column
// as wide as its widest one-column cell line, widened where a merged cell needs more. The text copies align on
// these widths and the HTML/PDF gives every page of a table the same columns from them.
import { cellsOf, type CorpusTable } from './corpus-table.js';

/** Display width: Chinese characters and full-width forms take two columns, as in a monospaced copy. */
export const displayWidth = (text: string): number => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/** The width of every column of the table, `gap` being the space printed between two columns. */
export function columnWidths(table: CorpusTable, gap: number): number[] {
  const widths = table.columns.map(() => 1);
  const cells = table.rows.flatMap(cellsOf);
  const widest = (lines: string[]) => Math.max(0, ...lines.map(displayWidth));
  for (const { cell, column } of cells) if (cell.colSpan === 1) widths[column] = Math.max(widths[column]!, widest(cell.lines));
  for (const { cell, column } of cells) {
    if (cell.colSpan === 1) continue;
    const last = column + cell.colSpan - 1;
    const room = widths.slice(column, last + 1).reduce((a, b) => a + b, 0) + gap * (cell.colSpan - 1);
    if (room < widest(cell.lines)) widths[last]! += widest(cell.lines) - room;
  }
  return widths;
}
