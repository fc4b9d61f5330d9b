// What a rule sees of a disclosure: facts looked up by (table, row, column), the tables that were found and the
// codes they print, and how completely each table was read. Built once per audit so that rules never scan the
// fact list themselves.
import type { Disclosure, TableInfo } from '../model/disclosure.js';
import type { RelatedDocument } from '../model/related-document.js';
import { factKey, type Fact } from '../model/fact.js';
import { hasUnplacedNumbers, isFullyRead, type TableReading } from '../model/reading.js';
import type { TableId } from '../model/table-id.js';

/** The address of one printed number. */
export interface Cell {
  table: TableId;
  row: string;
  column: string;
}

/**
 * A cell as far as the reading goes: its fact, or none; `known` says whether "none" means a blank cell (the table
 * was read completely there) or a number that may be printed but was not read.
 */
export interface CellReading {
  fact?: Fact;
  known: boolean;
}

export interface AuditContext {
  readonly disclosure: Disclosure;
  /**
   * Other documents of the same department that the caller gathered (the store: its current versions of nearby
   * years); empty when the document is audited on its own. Rules across documents pick the ones they compare with.
   */
  readonly related: readonly RelatedDocument[];
  /** A table counts as present when the document prints it, even without a single number. */
  hasTable(table: TableId): boolean;
  tableInfo(table: TableId): TableInfo | undefined;
  /**
   * The fact at a cell. Asking for a cell whose number may have gone unread marks the rule's result as resting on
   * an incomplete reading (the engine then reports the rule as not evaluable); rules that handle that themselves
   * use `cell`.
   */
  fact(cell: Cell): Fact | undefined;
  /** The table's facts; from a table not read completely, this marks the rule's result as incomplete too. */
  facts(table: TableId): readonly Fact[];
  /** Row keys of a table in printed order: the codes it lists, then any other row that carries a number. */
  rows(table: TableId): readonly string[];
  /** The name printed next to a code, whitespace removed; undefined when the table does not print it. */
  printedName(table: TableId, code: string): string | undefined;
  /** A cell with whether its absence of a fact can be trusted; never marks the result. */
  cell(cell: Cell): CellReading;
  /** Whether `rows(table)` lists every row the table prints (no number sits on a row the reader did not see). */
  rowsComplete(table: TableId): boolean;
  /** The rows read so far, never marking the result (the caller checks `rowsComplete` where it needs every row). */
  rowsRead(table: TableId): readonly string[];
  /** How completely the table was read; undefined for a table the document does not print. */
  reading(table: TableId): TableReading | undefined;
}

/** What a rule's view of the context recorded while the rule ran. */
export interface ContextTracker {
  /** Whether the rule asked, through fact/facts/rows, for something that was not read completely. */
  readonly touchedUnread: boolean;
  /** Whether the rule left checks out, through `cell` or `rowsComplete`, because a number they need was not read. */
  readonly leftOutUnread: boolean;
}

/**
 * Facts by cell. Rules look cells up by the thousand: nested maps on the cell's own strings spare building a key
 * string for each lookup. The keys are those of `factKey` (the last fact of a key wins); a key part holding its
 * separator could make two cells share a key, and then the lookup goes by that key.
 */
function factIndex(facts: readonly Fact[]): (cell: Cell) => Fact | undefined {
  if (facts.some((f) => f.table.includes('|') || f.row.includes('|') || f.column.includes('|'))) {
    const byKey = new Map(facts.map((f) => [factKey(f), f]));
    return (c) => byKey.get(factKey(c));
  }
  const byCell = new Map<string, Map<string, Map<string, Fact>>>();
  for (const f of facts) {
    let rows = byCell.get(f.table);
    if (!rows) byCell.set(f.table, (rows = new Map()));
    let columns = rows.get(f.row);
    if (!columns) rows.set(f.row, (columns = new Map()));
    columns.set(f.column, f);
  }
  // a cell whose parts hold the separator matches no fact here, as its key would match none
  return (c) => byCell.get(c.table)?.get(c.row)?.get(c.column);
}

export function createContext(disclosure: Disclosure, related: readonly RelatedDocument[] = []): AuditContext {
  const factAt = factIndex(disclosure.facts);
  const byTable = new Map<TableId, Fact[]>();
  for (const f of disclosure.facts) {
    const facts = byTable.get(f.table);
    if (facts) facts.push(f);
    else byTable.set(f.table, [f]);
  }
  const infos = new Map(disclosure.tables.map((t) => [t.id, t]));
  const present = new Set<TableId>([...disclosure.document.tables, ...infos.keys(), ...byTable.keys()]);

  const rowCache = new Map<TableId, string[]>();
  const rows = (table: TableId): string[] => {
    const cached = rowCache.get(table);
    if (cached) return cached;
    const keys = [...(infos.get(table)?.codes.map((c) => c.code) ?? []), ...(byTable.get(table)?.map((f) => f.row) ?? [])];
    const unique = [...new Set(keys)];
    rowCache.set(table, unique);
    return unique;
  };
  // the name printed next to each code (the first print of a code), whitespace removed; per table on first use
  const nameCache = new Map<TableId, Map<string, string | undefined>>();
  const printedNames = (table: TableId): Map<string, string | undefined> => {
    let names = nameCache.get(table);
    if (!names) {
      names = new Map();
      for (const c of infos.get(table)?.codes ?? []) if (!names.has(c.code)) names.set(c.code, c.name.replace(/\s+/g, '') || undefined);
      nameCache.set(table, names);
    }
    return names;
  };
  const reading = (table: TableId): TableReading | undefined => infos.get(table)?.reading;
  const rowsComplete = (table: TableId): boolean => {
    const r = reading(table);
    return r === undefined || isFullyRead(r) || (r.status === 'partial' && !hasUnplacedNumbers(r));
  };
  const cell = (c: Cell): CellReading => {
    const fact = factAt(c);
    if (fact) return { fact, known: true };
    const r = reading(c.table);
    const known = r === undefined || isFullyRead(r) || (r.status === 'partial' && !hasUnplacedNumbers(r) && !r.unread.some((u) => u.row === c.row));
    return { known };
  };

  return {
    disclosure,
    related,
    hasTable: (table) => present.has(table),
    tableInfo: (table) => infos.get(table),
    fact: factAt,
    facts: (table) => byTable.get(table) ?? [],
    rows,
    printedName: (table, code) => printedNames(table).get(code),
    cell,
    rowsComplete,
    rowsRead: rows,
    reading,
  };
}

/** A view of `ctx` for one rule that records whether the rule relied on something that was not read completely. */
export function trackingContext(ctx: AuditContext): AuditContext & ContextTracker {
  let touched = false;
  let leftOut = false;
  const fullyRead = (table: TableId): boolean => {
    const r = ctx.reading(table);
    return r === undefined || isFullyRead(r);
  };
  // Members listed one by one (not spread: a view is made for every rule of every document).
  return {
    disclosure: ctx.disclosure,
    related: ctx.related,
    hasTable: ctx.hasTable,
    tableInfo: ctx.tableInfo,
    printedName: ctx.printedName,
    rowsRead: ctx.rowsRead,
    reading: ctx.reading,
    get touchedUnread() {
      return touched;
    },
    get leftOutUnread() {
      return leftOut;
    },
    cell(c) {
      const reading = ctx.cell(c);
      if (!reading.known) leftOut = true;
      return reading;
    },
    rowsComplete(table) {
      const complete = ctx.rowsComplete(table);
      if (!complete) leftOut = true;
      return complete;
    },
    fact(c) {
      const { fact, known } = ctx.cell(c);
      if (!known) touched = true;
      return fact;
    },
    facts(table) {
      if (!fullyRead(table)) touched = true;
      return ctx.facts(table);
    },
    rows(table) {
      if (!ctx.rowsComplete(table)) touched = true;
      return ctx.rows(table);
    },
  };
}
