import { toYuan } from '../model/decimal.js';
import type { Fact } from '../model/fact.js';
import { factKey } from '../model/fact.js';
import type { TableId } from '../model/table-id.js';
import type { GridCell } from '../read/layout.js';
import { parseCell } from './amount.js';

/** Collects the facts of one table; a cell that is blank, "——" or not a number gives no fact. */
export class FactSink {
  readonly facts: Fact[] = [];
  readonly codes: { code: string; name: string; source: GridCell['source'] }[] = [];
  private readonly keys = new Set<string>();

  constructor(
    readonly table: TableId,
    readonly unit: string,
  ) {}

  /** Adds the cell's number under (row, column); returns whether a fact was made. */
  add(row: string, column: string, cell: GridCell | undefined, unit: string = this.unit): boolean {
    if (!cell) return false;
    const parsed = parseCell(cell.text);
    if (parsed.kind !== 'number') return false;
    const fact: Fact = { table: this.table, row, column, value: parsed.value, unit, source: cell.source };
    const key = factKey(fact);
    // A key seen twice means the layout repeated a row (e.g. a page header); the first print is kept.
    if (this.keys.has(key)) return false;
    const yuan = toYuan(parsed.value, unit);
    if (yuan !== undefined) fact.yuan = yuan;
    if (cell.confidence !== undefined) fact.confidence = cell.confidence;
    this.keys.add(key);
    this.facts.push(fact);
    return true;
  }

  addCode(code: string, name: string, source: GridCell['source']): void {
    if (!this.codes.some((c) => c.code === code)) this.codes.push({ code, name, source });
  }
}
