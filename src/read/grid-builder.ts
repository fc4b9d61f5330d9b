import type { Source } from '../model/source.js';
import type { GridBlock, GridCell, GridRow } from './layout.js';

/** A cell placed at its top-left grid position, spanning colSpan × rowSpan positions. */
export interface PlacedCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  bold?: boolean;
  source: Source;
}

/**
 * Collects the cells of a table with merged cells at their grid positions, then writes the rows the extractor
 * expects: one cell per grid column, the text in the first position a merged cell covers and empty strings
 * in the positions it covers, so that columns line up by index.
 */
export class GridAssembler {
  private readonly positions: (PlacedCell | 'covered' | undefined)[][] = [];
  private width = 0;

  /** Places a cell; positions it covers are marked. Returns the cell so spans can still be grown. */
  place(row: number, col: number, cell: PlacedCell): PlacedCell {
    this.mark(row, col, cell);
    for (let r = row; r < row + cell.rowSpan; r++) {
      for (let c = col; c < col + cell.colSpan; c++) {
        if (r !== row || c !== col) this.mark(r, c, 'covered');
      }
    }
    return cell;
  }

  /** Grows a placed cell downwards by one row (a vertical merge continued in the next row). */
  extendDown(topRow: number, col: number, cell: PlacedCell): void {
    const row = topRow + cell.rowSpan;
    for (let c = col; c < col + cell.colSpan; c++) this.mark(row, c, 'covered');
    cell.rowSpan++;
  }

  /** Grows a placed cell to the right by `by` columns (a legacy horizontal merge). */
  extendRight(topRow: number, col: number, cell: PlacedCell, by: number): void {
    for (let r = topRow; r < topRow + cell.rowSpan; r++) {
      for (let c = col + cell.colSpan; c < col + cell.colSpan + by; c++) this.mark(r, c, 'covered');
    }
    cell.colSpan += by;
  }

  isTaken(row: number, col: number): boolean {
    return this.positions[row]?.[col] !== undefined;
  }

  /** Widens the grid (a table whose declared grid is wider than any row). */
  widen(width: number): void {
    this.width = Math.max(this.width, width);
  }

  get rowCount(): number {
    return this.positions.length;
  }

  /**
   * The grid as a block. `rowSource(r)` locates row r, `cellSource(r, c)` an empty or covered position.
   * Rows in which nothing is placed are kept (empty) so sources and row indexes stay aligned.
   */
  toBlock(rows: number, rowSource: (row: number) => Source, cellSource: (row: number, col: number) => Source): GridBlock {
    const out: GridRow[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: GridCell[] = [];
      for (let c = 0; c < this.width; c++) {
        const at = this.positions[r]?.[c];
        if (at === undefined || at === 'covered') {
          cells.push({ text: '', source: cellSource(r, c) });
          continue;
        }
        const cell: GridCell = { text: at.text, source: at.source };
        if (at.colSpan > 1) cell.colSpan = Math.min(at.colSpan, this.width - c);
        if (at.rowSpan > 1) cell.rowSpan = Math.min(at.rowSpan, rows - r);
        if (cell.colSpan === 1) delete cell.colSpan;
        if (cell.rowSpan === 1) delete cell.rowSpan;
        if (at.bold) cell.bold = true;
        cells.push(cell);
      }
      out.push({ cells, source: rowSource(r) });
    }
    return { kind: 'grid', rows: out, source: out[0]?.source ?? rowSource(0) };
  }

  private mark(row: number, col: number, value: PlacedCell | 'covered'): void {
    const line = (this.positions[row] ??= []);
    if (line[col] === undefined) line[col] = value;
    this.width = Math.max(this.width, col + 1);
  }
}

/** The text of a cell printed over several lines (paragraphs, line breaks): one line per line, blank ones dropped. */
export function joinLines(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}
