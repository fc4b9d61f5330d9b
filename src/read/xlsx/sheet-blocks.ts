import type { Block, GridBlock, GridCell, GridRow, LineBlock } from '../layout.js';

/** One cell of a sheet as displayed. A covered cell lies under a merged cell's master. */
export interface SheetCell {
  text: string;
  address: string;
  bold?: boolean;
  bordered?: boolean;
  colSpan?: number;
  rowSpan?: number;
  covered?: boolean;
}

export interface SheetRow {
  /** 1-based row number. */
  number: number;
  /** Cells by 1-based column. */
  cells: Map<number, SheetCell>;
}

/**
 * Cuts a sheet into lines and grids. A spreadsheet does not say which rows are a table, so:
 * - when the sheet draws borders around its tables, a row with bordered cells is a table row and any other row
 *   is a line (a title, 部门名称/金额单位, a note), even when it fills two cells;
 * - otherwise a row with values in two or more cells (an empty string counts: exports write "" for blanks) is a
 *   table row, and a row with one value is a line, unless it sits right between two table rows (a section
 *   label inside a table, "二、机关运行经费"). A hand-typed sheet without borders whose table starts with such a
 *   one-cell row cannot be told from a title above the table; that row is read as a line.
 * A single filled cell merged over most of the table is a title either way, unless it is such a section label.
 * Empty rows neither make blocks nor end a table. Grid columns start at the leftmost filled column of the table.
 */
export function sheetBlocks(sheet: string, rows: SheetRow[]): Block[] {
  const sorted = [...rows].sort((a, b) => a.number - b.number).filter((r) => filled(r).length > 0);
  const byNumber = new Map(sorted.map((r) => [r.number, r]));
  const width = sheetWidth(sorted);
  const borders = sorted.some((r) => filled(r).length >= 2 && [...r.cells.values()].some((c) => c.bordered));
  const multi = (n: number) => {
    const r = byNumber.get(n);
    return r !== undefined && (borders ? filled(r).length >= 2 && bordered(r) : present(r) >= 2);
  };
  const isGridRow = (r: SheetRow): boolean => {
    const cells = filled(r);
    const sandwiched = multi(r.number - 1) && multi(r.number + 1);
    const wide = cells.length === 1 && (cells[0]![1].colSpan ?? 1) >= Math.max(2, Math.ceil(width * 0.6));
    if (wide && !sandwiched) return false;
    if (borders) return bordered(r);
    return present(r) >= 2 || sandwiched;
  };

  const blocks: Block[] = [];
  let table: SheetRow[] = [];
  const endTable = () => {
    if (table.length > 0) blocks.push(toGrid(sheet, table));
    table = [];
  };
  for (const row of sorted) {
    if (isGridRow(row)) {
      table.push(row);
      continue;
    }
    endTable();
    blocks.push(toLine(sheet, row));
  }
  endTable();
  return blocks;
}

const filled = (r: SheetRow): [number, SheetCell][] => [...r.cells.entries()].filter(([, c]) => !c.covered && c.text !== '').sort((a, b) => a[0] - b[0]);
/** Cells holding a value, an empty string included (covered cells of a merge are not). */
const present = (r: SheetRow) => [...r.cells.values()].filter((c) => !c.covered).length;
const bordered = (r: SheetRow) => [...r.cells.values()].some((c) => c.bordered);
const filledCells = (r: SheetRow) => filled(r).map(([, c]) => c);

function sheetWidth(rows: SheetRow[]): number {
  let min = Infinity;
  let max = 0;
  for (const r of rows) {
    const cells = filled(r);
    if (cells.length < 2) continue;
    min = Math.min(min, cells[0]![0]);
    const [lastCol, last] = cells.at(-1)!;
    max = Math.max(max, lastCol + (last.colSpan ?? 1) - 1);
  }
  return max >= min ? max - min + 1 : 1;
}

function toLine(sheet: string, row: SheetRow): LineBlock {
  const cells = filledCells(row);
  const line: LineBlock = { kind: 'line', text: cells.map((c) => c.text).join(' '), source: { sheet, cell: cells[0]!.address } };
  if (cells.every((c) => c.bold)) line.bold = true;
  return line;
}

function toGrid(sheet: string, rows: SheetRow[]): GridBlock {
  let first = Infinity;
  let last = 0;
  for (const r of rows) {
    for (const [col, c] of r.cells) {
      if (c.covered) continue;
      if (c.text !== '') first = Math.min(first, col);
      if (c.text !== '' || c.bordered) last = Math.max(last, col + (c.colSpan ?? 1) - 1);
    }
  }
  const gridRows: GridRow[] = rows.map((r, i) => {
    const cells: GridCell[] = [];
    for (let col = first; col <= last; col++) {
      const c = r.cells.get(col);
      const address = c?.address ?? `${columnLetters(col)}${r.number}`;
      if (!c || c.covered) {
        cells.push({ text: '', source: { sheet, cell: address } });
        continue;
      }
      const cell: GridCell = { text: c.text, source: { sheet, cell: address } };
      const colSpan = Math.min(c.colSpan ?? 1, last - col + 1);
      const rowSpan = Math.min(c.rowSpan ?? 1, rows.length - i);
      if (colSpan > 1) cell.colSpan = colSpan;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      if (c.bold && c.text !== '') cell.bold = true;
      cells.push(cell);
    }
    return { cells, source: { sheet, cell: `${columnLetters(first)}${r.number}` } };
  });
  return { kind: 'grid', rows: gridRows, source: gridRows[0]!.source };
}

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
