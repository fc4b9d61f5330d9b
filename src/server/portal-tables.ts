// A disclosure's standard tables (公开01–10) rebuilt from its facts for the portal: rows in the order they were
// printed, columns in the standard order, each cell with its value and source. Two-sided tables (公开01/04) are
// given as an income part and an expenditure part, as they are printed side by side.
import { catalogCodeName, tableSpec } from '../catalog/kinds/index.js';
import type { TableInfo } from '../model/disclosure.js';
import type { Fact } from '../model/fact.js';
import type { TableReading } from '../model/reading.js';
import type { Source } from '../model/source.js';
import { TABLE_IDS, type TableId } from '../model/table-id.js';

export interface RebuiltCell {
  value: string;
  unit: string;
  source: Source;
  confidence?: number;
}

export interface RebuiltRow {
  /** The fact's row key: a classification code, 合计, or a standard label. */
  key: string;
  /** What to show: "2101501 行政运行" for a code, the label otherwise. */
  label: string;
  /** Nesting depth of a function code (类 0, 款 1, 项 2), for indentation. */
  level: number;
  cells: (RebuiltCell | null)[];
}

export interface RebuiltPart {
  /** 收入 / 支出 for the two sides of 公开01/04; absent for one-part tables. */
  title?: string;
  columns: string[];
  rows: RebuiltRow[];
}

export interface RebuiltTable {
  id: TableId;
  title: string;
  label?: string;
  unit?: string;
  empty: boolean;
  /** How completely the table was read; absent for a table the document does not print. */
  reading?: TableReading;
  note?: string;
  parts: RebuiltPart[];
}

function rowLabel(table: TableId, key: string, printed: ReadonlyMap<string, string>): { label: string; level: number } {
  if (!/^\d{3,7}$/.test(key)) return { label: key, level: 0 };
  const name = printed.get(key) ?? catalogCodeName(table, key);
  const level = table === 'T06' ? (key.length > 3 ? 1 : 0) : key.length === 3 ? 0 : key.length === 5 ? 1 : 2;
  return { label: name ? `${key} ${name}` : key, level };
}

/** Template columns first (in their printed order), then any other column the facts use. */
function orderColumns(present: readonly string[], template: readonly { key: string }[]): string[] {
  const known = template.map((c) => c.key).filter((k) => present.includes(k));
  return [...known, ...present.filter((k) => !known.includes(k))];
}

function buildPart(table: TableId, facts: readonly Fact[], template: readonly { key: string }[], printed: ReadonlyMap<string, string>, title?: string): RebuiltPart {
  const rowKeys: string[] = [];
  const columnKeys: string[] = [];
  const cells = new Map<string, RebuiltCell>();
  for (const f of facts) {
    if (!rowKeys.includes(f.row)) rowKeys.push(f.row);
    if (!columnKeys.includes(f.column)) columnKeys.push(f.column);
    const key = `${f.row}\u0000${f.column}`;
    if (!cells.has(key)) cells.set(key, { value: f.value, unit: f.unit, source: f.source, ...(f.confidence !== undefined ? { confidence: f.confidence } : {}) });
  }
  const columns = orderColumns(columnKeys, template);
  return {
    ...(title ? { title } : {}),
    columns,
    rows: rowKeys.map((key) => ({ key, ...rowLabel(table, key, printed), cells: columns.map((c) => cells.get(`${key}\u0000${c}`) ?? null) })),
  };
}

export function rebuildTables(tableInfo: readonly TableInfo[], facts: readonly Fact[]): RebuiltTable[] {
  const byTable = new Map<TableId, Fact[]>();
  for (const f of facts) {
    let list = byTable.get(f.table);
    if (!list) byTable.set(f.table, (list = []));
    list.push(f);
  }
  const ids = TABLE_IDS.filter((id) => byTable.has(id) || tableInfo.some((t) => t.id === id));
  return ids.map((id) => {
    const info = tableInfo.find((t) => t.id === id);
    const template = tableSpec(id);
    const tableFacts = byTable.get(id) ?? [];
    const printed = new Map((info?.codes ?? []).map((c) => [c.code, c.name] as const));
    let parts: RebuiltPart[];
    if (template.layout === 'two-sided') {
      const incomeKeys = new Set((template.incomeRows ?? []).map((r) => r.key));
      const income = tableFacts.filter((f) => incomeKeys.has(f.row));
      const expenditure = tableFacts.filter((f) => !incomeKeys.has(f.row));
      parts = [
        ...(income.length ? [buildPart(id, income, template.columns, printed, '收入')] : []),
        ...(expenditure.length ? [buildPart(id, expenditure, template.expenditureColumns ?? template.columns, printed, '支出')] : []),
      ];
    } else {
      parts = tableFacts.length ? [buildPart(id, tableFacts, template.columns, printed)] : [];
    }
    return {
      id,
      title: info?.title ?? template.title,
      ...(info?.label ? { label: info.label } : {}),
      ...(info?.unit ? { unit: info.unit } : {}),
      empty: info ? info.reading.status === 'empty' : tableFacts.length === 0,
      ...(info ? { reading: info.reading } : {}),
      ...(info?.note ? { note: info.note } : {}),
      parts,
    };
  });
}
