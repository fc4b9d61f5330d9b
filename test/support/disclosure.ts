// Builds Disclosures for tests from compact fact lists: hand-written rule fixtures and the golden facts files.
import { ECONOMIC_CODES } from '../../src/catalog/economic-codes.js';
import { FUNCTION_CODES } from '../../src/catalog/function-codes.js';
import { tableSpec } from '../../src/catalog/kinds/index.js';
import { toYuan } from '../../src/model/decimal.js';
import type { Disclosure, DocumentKind, TableInfo } from '../../src/model/disclosure.js';
import type { Fact } from '../../src/model/fact.js';
import type { TableReading } from '../../src/model/reading.js';
import type { TableId } from '../../src/model/table-id.js';

export interface FactInput {
  table: TableId;
  row: string;
  column: string;
  value: string;
  unit?: string;
  /** OCR confidence, for a number recognised from a scanned page. */
  confidence?: number;
}

/** `cells('T03', { '21015': { 基本支出: '90.74', 项目支出: '16.23' } })` → one FactInput per cell. */
export function cells(table: TableId, rows: Record<string, Record<string, string>>): FactInput[] {
  return Object.entries(rows).flatMap(([row, columns]) => Object.entries(columns).map(([column, value]) => ({ table, row, column, value })));
}

export interface DisclosureInput {
  facts: FactInput[];
  /** Document and money unit; 万元 unless given. */
  unit?: string;
  /** Tables printed in the document; by default the tables that carry a fact. */
  tables?: TableId[];
  /** The 说明 under a table; empty tables get 本表无数据 unless given here ('' = no note). */
  notes?: Partial<Record<TableId, string>>;
  /** Names printed next to codes; by default the catalog's name. A code listed here is printed even without a number. */
  names?: Partial<Record<TableId, Record<string, string>>>;
  kind?: DocumentKind;
  year?: number;
  department?: string;
  region?: string;
  /** Numbers a table printed but the reader did not read (the table is then partial, or unread without facts). */
  unread?: Partial<Record<TableId, { text: string; row?: string }[]>>;
}

const countUnit = (table: TableId, row: string): string | undefined =>
  tableSpec(table).rows?.find((r) => r.key === row)?.unit;

const defaultName = (table: TableId, code: string): string =>
  (tableSpec(table).codes === 'economic' ? ECONOMIC_CODES.get(code) : FUNCTION_CODES.get(code))?.name ?? '';

function readingOf(facts: number, unread: { text: string; row?: string }[]): TableReading {
  const numbers = facts + unread.length;
  const status = numbers === 0 ? 'empty' : unread.length === 0 ? 'complete' : facts > 0 ? 'partial' : 'unread';
  return { status, numbers, facts, nonFacts: 0, unread: unread.map((u, i) => ({ ...u, source: { line: 1000 + i } })) };
}

export function buildDisclosure(input: DisclosureInput): Disclosure {
  const unit = input.unit ?? '万元';
  const facts: Fact[] = input.facts.map((f, i) => {
    const factUnit = f.unit ?? countUnit(f.table, f.row) ?? unit;
    const yuan = toYuan(f.value, factUnit);
    return {
      table: f.table,
      row: f.row,
      column: f.column,
      value: f.value,
      unit: factUnit,
      ...(yuan === undefined ? {} : { yuan }),
      source: { line: i + 1 },
      ...(f.confidence === undefined ? {} : { confidence: f.confidence }),
    };
  });
  const tableIds = input.tables ?? [...new Set(facts.map((f) => f.table))];
  const tables: TableInfo[] = tableIds.map((id) => {
    const own = facts.filter((f) => f.table === id);
    const printedNames = input.names?.[id] ?? {};
    const codes = [...new Set([...own.map((f) => f.row), ...Object.keys(printedNames)])].filter((r) => /^\d+$/.test(r));
    const note = input.notes?.[id] ?? (own.length ? undefined : '本表无数据');
    return {
      id,
      title: tableSpec(id).title,
      unit,
      reading: readingOf(own.length, input.unread?.[id] ?? []),
      ...(note ? { note } : {}),
      source: { line: 1 },
      codes: codes.map((code) => ({ code, name: printedNames[code] ?? defaultName(id, code), source: { line: 1 } })),
    };
  });
  return {
    document: { file: 'fixture.txt', kind: input.kind ?? '部门决算', unit, tables: tableIds, ...(input.year ? { year: input.year } : {}), ...(input.department ? { department: input.department } : {}), ...(input.region ? { region: input.region } : {}) },
    tables,
    facts,
    sections: [],
    claims: [],
    performance: [],
    departmentMentions: [],
  };
}
