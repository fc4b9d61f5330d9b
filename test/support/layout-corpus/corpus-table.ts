// The corpus's own table model: the product's printed grid (src/render) plus what the layout families vary — cells
// printed over several lines, where in its row a cell's lines sit, rows taller than their text — and, for every
// amount cell, the fact it prints. Every printer (text, HTML/PDF, DOCX, XLSX) draws this model.
import type { CellRole } from '../../../src/render/grid.js';
import type { ColumnKind } from '../../../src/render/table-layout.js';
import type { TableId } from '../../../src/model/table-id.js';
import type { TruthFact } from './truth.js';

/** Where a cell's lines sit in a row that is taller than they are (a vertically centred cell is 'middle'). */
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CorpusCell {
  /** The printed lines: one, or several where the cell's text wraps. */
  lines: string[];
  role: CellRole;
  colSpan: number;
  rowSpan: number;
  valign: VAlign;
  bold?: boolean;
  /** The fact this cell prints (absent for blanks, ——, labels and codes). */
  fact?: TruthFact;
  /** The (row, column) key of an amount cell, printed or blank, so a variant can fill a blank with 0.00. */
  key?: { row: string; column: string };
}

/** A position covered by a merged cell. */
export interface CoveredSlot {
  covered: CorpusCell;
}

export type Slot = CorpusCell | CoveredSlot;

export const isCovered = (slot: Slot): slot is CoveredSlot => 'covered' in slot;

export type RowRole = 'header' | 'column-number' | 'body';

export interface CorpusRow {
  role: RowRole;
  slots: Slot[];
  /** Printed lines at least (a row taller than its text, so cells can sit on different lines of it). */
  minLines?: number;
  /** The 合计 row of a coded table. */
  total?: boolean;
}

export interface CorpusTable {
  id: TableId;
  /** 公开03表 */
  label: string;
  title: string;
  department?: string;
  yearLine?: string;
  unitLine: string;
  columns: ColumnKind[];
  rows: CorpusRow[];
  notes: string[];
  orientation: 'portrait' | 'landscape';
}

export const cellText = (cell: CorpusCell): string => cell.lines.join('');

export const cell = (text: string, role: CellRole, extra: Partial<CorpusCell> = {}): CorpusCell => ({
  lines: text === '' ? [] : [text],
  role,
  colSpan: 1,
  rowSpan: 1,
  valign: 'middle',
  ...extra,
});

/** The header rows at the top (headings and the 栏次 row). */
export const headerRowCount = (table: CorpusTable): number => {
  const first = table.rows.findIndex((r) => r.role === 'body');
  return first < 0 ? table.rows.length : first;
};

/** The cell of a row at a column, whether it starts there or covers it. */
export const ownerAt = (row: CorpusRow, column: number): CorpusCell => {
  const slot = row.slots[column]!;
  return isCovered(slot) ? slot.covered : slot;
};

/** The cells that start in a row, with their column. */
export const cellsOf = (row: CorpusRow): { cell: CorpusCell; column: number }[] =>
  row.slots.flatMap((slot, column) => (isCovered(slot) ? [] : [{ cell: slot, column }]));

/** A deep copy: variants change tables without touching the one they start from. */
export function cloneTable(table: CorpusTable): CorpusTable {
  const copies = new Map<CorpusCell, CorpusCell>();
  const copy = (c: CorpusCell): CorpusCell => {
    let k = copies.get(c);
    if (!k) {
      k = { ...c, lines: [...c.lines], ...(c.fact ? { fact: { ...c.fact } } : {}), ...(c.key ? { key: { ...c.key } } : {}) };
      copies.set(c, k);
    }
    return k;
  };
  return {
    ...table,
    columns: [...table.columns],
    notes: [...table.notes],
    rows: table.rows.map((r) => ({ ...r, slots: r.slots.map((s) => (isCovered(s) ? { covered: copy(s.covered) } : copy(s))) })),
  };
}

/**
 * Removes a row. A cell that starts in it and spans further down moves to the next row; a cell from above that
 * spans over it gets one row shorter.
 */
export function removeRow(table: CorpusTable, index: number): void {
  const row = table.rows[index]!;
  const next = table.rows[index + 1];
  const fromAbove = new Set(row.slots.flatMap((slot) => (isCovered(slot) && !row.slots.includes(slot.covered) ? [slot.covered] : [])));
  for (const owner of fromAbove) owner.rowSpan--;
  row.slots.forEach((slot, column) => {
    if (isCovered(slot)) return;
    if (slot.rowSpan > 1 && next) {
      slot.rowSpan--;
      for (let c = column; c < column + slot.colSpan; c++) next.slots[c] = c === column ? slot : { covered: slot };
    }
  });
  table.rows.splice(index, 1);
}

/**
 * Inserts a row before `index`. `row.slots` holds the new cells where they start and their covered slots; a cell
 * from above that spans past the insertion point spans the new row too.
 */
export function insertRow(table: CorpusTable, index: number, row: CorpusRow): void {
  const below = table.rows[index];
  const crossing = new Set<CorpusCell>();
  below?.slots.forEach((slot, column) => {
    if (isCovered(slot) && !below.slots.includes(slot.covered)) {
      crossing.add(slot.covered);
      row.slots[column] = { covered: slot.covered };
    }
  });
  for (const owner of crossing) owner.rowSpan++;
  table.rows.splice(index, 0, row);
}

/** A table's facts, in print order; a key printed twice is a bug of the generator. */
export function tableFacts(table: CorpusTable): TruthFact[] {
  const facts: TruthFact[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    for (const { cell: c } of cellsOf(row)) {
      if (!c.fact) continue;
      const key = `${c.fact.row}|${c.fact.column}`;
      if (seen.has(key)) throw new Error(`${table.id} prints ${key} twice`);
      seen.add(key);
      facts.push(c.fact);
    }
  }
  return facts;
}

/** Builds rows as the HTML table model places cells: each at the first position its row has free. */
export class RowBuilder {
  readonly rows: CorpusRow[] = [];
  /** Rows added so far (rows below may already hold cells that a rowSpan covers). */
  private count = 0;

  constructor(readonly width: number) {}

  add(role: RowRole, cells: CorpusCell[], extra: Partial<Omit<CorpusRow, 'role' | 'slots'>> = {}): this {
    const r = this.count++;
    const row = this.ensure(r);
    Object.assign(row, { role, ...extra });
    let c = 0;
    for (const input of cells) {
      while (c < this.width && row.slots[c] !== undefined) c++;
      if (c >= this.width) throw new Error(`row ${r} is wider than ${this.width} columns`);
      for (let y = r; y < r + input.rowSpan; y++) {
        const target = this.ensure(y);
        for (let x = c; x < c + input.colSpan; x++) target.slots[x] = y === r && x === c ? input : { covered: input };
      }
      c += input.colSpan;
    }
    for (let x = 0; x < this.width; x++) row.slots[x] ??= cell('', 'label');
    return this;
  }

  private ensure(r: number): CorpusRow {
    while (this.rows.length <= r) this.rows.push({ role: 'body', slots: Array.from({ length: this.width }) as Slot[] });
    return this.rows[r]!;
  }
}

/** Lines a row takes in print: its tallest one-row cell, or its minimum. */
export const rowLines = (row: CorpusRow): number => Math.max(row.minLines ?? 1, 1, ...cellsOf(row).filter((c) => c.cell.rowSpan === 1).map((c) => c.cell.lines.length));
