// Plain-text copies of a package, printed directly from the corpus model: every printed line of a table a text
// line, as a PDF's text comes out of pdftotext or a PDF viewer. Three styles: columns aligned by runs of spaces
// (pdftotext -layout), cells separated by one space with blanks dropped (pdftotext -raw, a viewer's copy), and
// tab-separated cells (a table extractor's TSV). A wrapped name prints over several lines, and a cell sits on the
// line of its row that its vertical alignment gives it.
import type { CellRole } from '../../../src/render/grid.js';
import { pages, type CorpusDocument, type TablePiece, type TextBlock } from './corpus-document.js';
import { columnWidths, displayWidth } from './column-widths.js';
import { cellsOf, rowLines, type CorpusTable } from './corpus-table.js';

export type TextStyle = 'spaces' | 'single-space' | 'tabs';

export interface TextOptions {
  style: TextStyle;
  /**
   * Two wrapped names whose lines meet (the last line of one row's name and the first of the next, each alone on
   * its line) share a baseline, and their characters come out interleaved ("险机缴关费事支业出"), as a PDF
   * viewer's copy gives them.
   */
  interleave?: boolean;
}

/** One piece of text on a printed line of a table: a cell's line, at its column. */
interface Item {
  column: number;
  span: number;
  text: string;
  role: CellRole;
  /** The row (index in the piece) the cell belongs to. */
  row: number;
}

/** Columns between cells in the space-aligned style. */
const GAP = 2;

/** The printed lines of a table piece, each a list of items. */
function pieceLines(piece: TablePiece): Item[][] {
  const rows = piece.rows.map((r) => piece.table.rows[r]!);
  const heights = rows.map(rowLines);
  const spanHeight = (i: number, span: number) => heights.slice(i, i + span).reduce((a, b) => a + b, 0);
  // a cell spanning rows that needs more lines than they have makes the last of them taller
  rows.forEach((row, i) =>
    cellsOf(row).forEach(({ cell }) => {
      const span = Math.min(cell.rowSpan, rows.length - i);
      const missing = cell.lines.length - spanHeight(i, span);
      if (missing > 0) heights[i + span - 1]! += missing;
    }),
  );
  const starts = heights.map((_, i) => spanHeight(0, i));
  const lines: Item[][] = Array.from({ length: spanHeight(0, rows.length) }, () => []);
  rows.forEach((row, i) =>
    cellsOf(row).forEach(({ cell, column }) => {
      const room = spanHeight(i, Math.min(cell.rowSpan, rows.length - i));
      const free = room - cell.lines.length;
      const offset = cell.valign === 'top' ? 0 : cell.valign === 'bottom' ? free : Math.floor(free / 2);
      cell.lines.forEach((text, k) => lines[starts[i]! + offset + k]!.push({ column, span: cell.colSpan, text, role: cell.role, row: i }));
    }),
  );
  return lines.map((items) => items.sort((a, b) => a.column - b.column));
}

const isNameOnly = (items: Item[]) => items.length === 1 && (items[0]!.role === 'name' || items[0]!.role === 'label');

/** Merges the lines where two rows' wrapped names meet into one line of interleaved characters. */
function interleaveNames(lines: Item[][]): Item[][] {
  const out: Item[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]];
    if (b && isNameOnly(a) && isNameOnly(b) && a[0]!.column === b[0]!.column && a[0]!.row !== b[0]!.row) {
      const [x, y] = [[...a[0]!.text], [...b[0]!.text]];
      const mixed = Array.from({ length: Math.max(x.length, y.length) }, (_, k) => (x[k] ?? '') + (y[k] ?? '')).join('');
      out.push([{ ...a[0]!, text: mixed }]);
      i++;
    } else out.push(a);
  }
  return out;
}

function spacedLine(items: Item[], widths: number[]): string {
  const x = (column: number) => widths.slice(0, column).reduce((a, b) => a + b, 0) + GAP * column;
  let line = '';
  for (const item of items) {
    const room = x(item.column + item.span) - GAP - x(item.column);
    const free = Math.max(0, room - displayWidth(item.text));
    const at = x(item.column) + (item.role === 'amount' ? free : item.role === 'header' || item.role === 'column-number' ? Math.floor(free / 2) : 0);
    const used = displayWidth(line);
    line += ' '.repeat(Math.max(used === 0 ? 0 : 1, at - used)) + item.text;
  }
  return line;
}

function tableText(piece: TablePiece, options: TextOptions, widthsOf: (table: CorpusTable) => number[]): { lines: string[]; width: number } {
  const raw = pieceLines(piece);
  const lines = options.interleave ? interleaveNames(raw) : raw;
  const width = piece.table.columns.length;
  if (options.style === 'tabs') {
    return {
      lines: lines.map((items) => {
        const cells = Array.from({ length: width }, () => '');
        for (const item of items) cells[item.column] = item.text;
        return cells.join('\t');
      }),
      width: 0,
    };
  }
  if (options.style === 'single-space') return { lines: lines.map((items) => items.map((i) => i.text).join(' ')), width: 0 };
  // columns keep their widths on every page the table is continued on
  const widths = widthsOf(piece.table);
  const text = lines.map((items) => spacedLine(items, widths));
  return { lines: text, width: Math.max(0, ...text.map(displayWidth)) };
}

function blockText(block: TextBlock, options: TextOptions, pageWidth: number): string[] {
  const lines = block.lines.map((line, k) => {
    if (block.role !== 'toc' || k < block.lines.length - 1) return line;
    return options.style === 'tabs' ? `${line} ......\t${block.page}` : `${line} ${'.'.repeat(12)} ${block.page}`;
  });
  if (options.style !== 'spaces') return lines;
  return lines.map((line) => {
    const free = Math.max(0, pageWidth - displayWidth(line));
    const pad = block.align === 'center' ? Math.floor(free / 2) : block.align === 'right' ? free : 0;
    return ' '.repeat(pad) + line;
  });
}

/** The package as a plain-text copy. Pages end with a form feed (runs of spaces, one space) or a blank line (tabs). */
export function printText(doc: CorpusDocument, options: TextOptions): string {
  const widths = new Map<CorpusTable, number[]>();
  const widthsOf = (table: CorpusTable) => {
    if (!widths.has(table)) widths.set(table, columnWidths(table, GAP));
    return widths.get(table)!;
  };
  return pages(doc)
    .map((page) => {
      const tables = new Map(page.flatMap((b) => (b.kind === 'table' ? [[b, tableText(b, options, widthsOf)] as const] : [])));
      const pageWidth = Math.max(72, ...[...tables.values()].map((t) => t.width));
      return page.flatMap((b) => (b.kind === 'table' ? tables.get(b)!.lines : blockText(b, options, pageWidth))).join('\n');
    })
    .join(options.style === 'tabs' ? '\n\n' : '\n\f');
}
