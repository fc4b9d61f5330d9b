// What a rule sees of a disclosure: facts looked up by (table, row, column), the tables that were found and the
// codes they print. Built once per audit so that rules never scan the fact list themselves.
import type { Disclosure, TableInfo } from '../model/disclosure.js';
import { factKey, type Fact } from '../model/fact.js';
import type { TableId } from '../model/table-id.js';

/** The address of one printed number. */
export interface Cell {
  table: TableId;
  row: string;
  column: string;
}

export interface AuditContext {
  readonly disclosure: Disclosure;
  /** A table counts as present when the document prints it, even without a single number. */
  hasTable(table: TableId): boolean;
  tableInfo(table: TableId): TableInfo | undefined;
  fact(cell: Cell): Fact | undefined;
  facts(table: TableId): readonly Fact[];
  /** Row keys of a table in printed order: the codes it lists, then any other row that carries a number. */
  rows(table: TableId): readonly string[];
  /** The name printed next to a code, whitespace removed; undefined when the table does not print it. */
  printedName(table: TableId, code: string): string | undefined;
}

export function createContext(disclosure: Disclosure): AuditContext {
  const byKey = new Map(disclosure.facts.map((f) => [factKey(f), f]));
  const byTable = new Map<TableId, Fact[]>();
  for (const f of disclosure.facts) byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);
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

  return {
    disclosure,
    hasTable: (table) => present.has(table),
    tableInfo: (table) => infos.get(table),
    fact: (cell) => byKey.get(factKey(cell)),
    facts: (table) => byTable.get(table) ?? [],
    rows,
    printedName: (table, code) => {
      const name = infos.get(table)?.codes.find((c) => c.code === code)?.name.replace(/\s+/g, '');
      return name ? name : undefined;
    },
  };
}
