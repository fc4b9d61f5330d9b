import { toYuan } from '../model/decimal.js';
import type { Fact } from '../model/fact.js';
import { factKey } from '../model/fact.js';
import type { NonFactKind } from '../model/reading.js';
import type { TableId } from '../model/table-id.js';
import type { GridCell } from '../read/layout.js';
import { parseCell } from './amount.js';

/** What a table reader did with a cell. */
export interface Placement {
  /** The row key of the fact, non-fact or unread number. */
  row?: string;
  nonFact?: NonFactKind;
  /** The number stays unread (FactSink.leave). */
  unread?: true;
}

/**
 * Collects the facts of one table; a cell that is blank, "——" or not a number gives no fact. It also remembers
 * which cells the table reader used and what for, so that every number printed in the table can be accounted
 * for afterwards (number-accounting.ts): a fact, a known non-fact, or unread.
 */
/** Whole numbers counting up by one this many times in a column are 行次, not values. */
const COUNTING_RUN = 3;
/** Share of a table's amounts that must print decimals (and outnumber the whole ones) for a small whole number among them to be a 行次. */
const STRAY_SHARE = 0.5;

export class FactSink {
  readonly facts: Fact[] = [];
  readonly codes: { code: string; name: string; source: GridCell['source'] }[] = [];
  private readonly keys = new Map<string, Fact>();
  /** Cells the reader placed: as a fact (with the fact's row key), as a known non-fact, or left unread on a row. */
  private readonly placed = new Map<GridCell, Placement>();
  /** Cells whose key was already taken, with that key. */
  private readonly repeats = new Map<GridCell, string>();
  /** The cell of each fact. */
  private readonly cells = new Map<Fact, GridCell>();

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
    this.cells.set(fact, cell);
    this.placed.set(cell, { row });
    return true;
  }

  /**
   * Whole numbers of one column that count up by one, fact after fact (1, 2, 3 … or 32, 33, 34 …), are 行次 that a
   * reader took for values (a copy or a grid that moved the 行次 into an amount column): they stay unread on their rows.
   */
  unreadCountingRuns(): void {
    const byColumn = new Map<string, Fact[]>();
    for (const f of this.facts) byColumn.set(f.column, [...(byColumn.get(f.column) ?? []), f]);
    const counting = new Set<Fact>();
    for (const facts of byColumn.values()) {
      let run: Fact[] = [];
      const close = () => {
        if (run.length >= COUNTING_RUN) for (const f of run) counting.add(f);
      };
      for (const f of facts) {
        const whole = /^\d+$/.test(f.value);
        const last = run.at(-1);
        if (whole && last && Number(last.value) + 1 === Number(f.value)) run.push(f);
        else {
          close();
          run = whole ? [f] : [];
        }
      }
      close();
    }
    for (const f of counting) this.leaveFact(f);
  }

  /** Takes back a fact the reader placed: its cell stays unread on its row. */
  private leaveFact(f: Fact): void {
    this.facts.splice(this.facts.indexOf(f), 1);
    this.keys.delete(factKey(f));
    this.placed.set(this.cells.get(f)!, { row: f.row, unread: true });
  }

  /**
   * In a table that prints 行次 (公开01/04) and whose amounts mostly print decimals, a small whole number among them is a
   * 行次 a copy moved into an amount column (a row with a blank amount): it stays unread on its row, never an amount.
   */
  unreadStrayRowNumbers(): void {
    const decimals = this.facts.filter((f) => /\.\d/.test(f.value)).length;
    const stray = this.facts.filter((f) => /^[1-9]\d?$/.test(f.value));
    if (stray.length === 0 || decimals <= stray.length || decimals < STRAY_SHARE * this.facts.length) return;
    for (const f of stray) this.leaveFact(f);
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

  /**
   * A number the reader found on the row `row` but could not put in a column (the columns of a copy that separates
   * cells by single spaces, when the row prints fewer numbers than the table has columns): it stays unread, and the
   * accounting knows which row it belongs to (none when the reader does not know the row).
   */
  leave(cell: GridCell, row?: string): void {
    if (!this.placed.has(cell)) this.placed.set(cell, row === undefined ? { unread: true } : { row, unread: true });
  }

  /** What the reader did with a cell: undefined when it did not use it. */
  placement(cell: GridCell): Placement | undefined {
    return this.placed.get(cell);
  }

  /** The key a cell would have had if the key had not been taken already (a repeated or misread row). */
  repeatOf(cell: GridCell): string | undefined {
    return this.repeats.get(cell);
  }
}
