import { toYuan } from '../model/decimal.js';
import type { Fact } from '../model/fact.js';
import { factKey } from '../model/fact.js';
import type { NonFactKind } from '../model/reading.js';
import type { TableId } from '../model/table-id.js';
import type { GridCell } from '../read/layout.js';
import { parseCell } from './amount.js';

/**
 * Collects the facts of one table; a cell that is blank, "——" or not a number gives no fact. It also remembers
 * which cells the table reader used and what for, so that every number printed in the table can be accounted
 * for afterwards (number-accounting.ts): a fact, a known non-fact, or unread.
 */
export class FactSink {
  readonly facts: Fact[] = [];
  readonly codes: { code: string; name: string; source: GridCell['source'] }[] = [];
  private readonly keys = new Map<string, Fact>();
  /** Cells the reader placed: as a fact (with the fact's row key), or as a known non-fact. */
  private readonly placed = new Map<GridCell, { row?: string; nonFact?: NonFactKind }>();
  /** Cells whose key was already taken, with that key. */
  private readonly repeats = new Map<GridCell, string>();

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
    // A key seen twice means the layout repeated a row (a page header, a row printed again on a continued page) or a
    // row was misread as another. The first print is kept; the second counts as read only where its whole printed
    // row repeats one read before (number-accounting.ts), never on the strength of one equal value.
    if (this.keys.has(key)) {
      this.repeats.set(cell, row);
      return false;
    }
    const yuan = toYuan(parsed.value, unit);
    if (yuan !== undefined) fact.yuan = yuan;
    if (cell.confidence !== undefined) fact.confidence = cell.confidence;
    this.keys.set(key, fact);
    this.facts.push(fact);
    this.placed.set(cell, { row });
    return true;
  }

  /** Records a classification code printed in `cell` (the row key of `row`). */
  addCode(code: string, name: string, cell: GridCell, row: string = code): void {
    if (!this.codes.some((c) => c.code === code)) this.codes.push({ code, name, source: cell.source });
    this.placed.set(cell, { row, nonFact: 'code' });
  }

  /** A number the reader knows is not a fact (a 行次 printed beside a row …). */
  skip(cell: GridCell | undefined, nonFact: NonFactKind, row?: string): void {
    if (cell) this.placed.set(cell, row === undefined ? { nonFact } : { row, nonFact });
  }

  /** What the reader did with a cell: undefined when it did not use it. */
  placement(cell: GridCell): { row?: string; nonFact?: NonFactKind } | undefined {
    return this.placed.get(cell);
  }

  /** The key a cell would have had if the key had not been taken already (a repeated or misread row). */
  repeatOf(cell: GridCell): string | undefined {
    return this.repeats.get(cell);
  }
}
