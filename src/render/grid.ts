// The printed grid every output format is drawn from: cells placed as the HTML table model places them (each cell
// takes the first free position of its row; colSpan/rowSpan cover the positions to the right and below), so HTML,
// DOCX, XLSX and PDF all merge exactly the same header cells.

/** What a cell is, for alignment, fonts and number formats. */
export type CellRole = 'header' | 'column-number' | 'code' | 'name' | 'label' | 'section' | 'row-number' | 'amount';

export interface PrintedCell {
  text: string;
  role: CellRole;
  colSpan: number;
  rowSpan: number;
  bold?: boolean;
  /** The exact decimal an amount cell prints (absent for blanks and ——); XLSX stores it as a number. */
  value?: string;
  /** An amount cell that holds a count (辆, 台（套）) rather than money. */
  count?: boolean;
  /** Classification depth of a code or name cell (类 0, 款 1, 项 2), for indentation. */
  level?: number;
}

/** A position covered by a merged cell; `row`/`column` is the merged cell's own position. */
export interface CoveredSlot {
  covered: true;
  row: number;
  column: number;
}

export type GridSlot = PrintedCell | CoveredSlot;

export const isCovered = (slot: GridSlot | undefined): slot is CoveredSlot => slot !== undefined && 'covered' in slot;

export type CellInput = Pick<PrintedCell, 'text'> & Partial<Omit<PrintedCell, 'text'>>;

/** Builds a rectangular grid row by row. */
export class GridBuilder {
  readonly rows: GridSlot[][] = [];
  /** Rows appended so far (rows below may already hold cells that a rowSpan covers). */
  private count = 0;

  constructor(readonly width: number) {}

  /** Appends a row: each cell goes to the first position not covered by a rowSpan from above. */
  row(cells: CellInput[], defaults: Partial<PrintedCell> = {}): this {
    const r = this.count++;
    this.ensure(r);
    let c = 0;
    for (const input of cells) {
      while (c < this.width && this.rows[r]![c] !== undefined) c++;
      if (c >= this.width) throw new Error(`grid row ${r} is wider than ${this.width} columns`);
      const cell: PrintedCell = { role: 'label', colSpan: 1, rowSpan: 1, ...defaults, ...input };
      cell.colSpan = Math.min(cell.colSpan, this.width - c);
      for (let y = r; y < r + cell.rowSpan; y++) {
        this.ensure(y);
        for (let x = c; x < c + cell.colSpan; x++) this.rows[y]![x] = y === r && x === c ? cell : { covered: true, row: r, column: c };
      }
      c += cell.colSpan;
    }
    // positions left over are blank cells of the row's default role
    for (let x = 0; x < this.width; x++) this.rows[r]![x] ??= { text: '', role: defaults.role ?? 'label', colSpan: 1, rowSpan: 1 };
    return this;
  }

  private ensure(r: number): void {
    while (this.rows.length <= r) this.rows.push(Array.from({ length: this.width }) as GridSlot[]);
  }
}
