// A disclosure's standard tables (公开01–10) rebuilt from its facts for the portal: rows in the order they were
// printed, columns in the standard order, each cell with its value and source. Two-sided tables (公开01/04) are
// given as an income part and an expenditure part, as they are printed side by side.
import { tableSpec } from '../catalog/kinds/index.js';
import type { TableInfo } from '../model/disclosure.js';
import type { Fact } from '../model/fact.js';
import { z } from 'zod';
import { TableReadingSchema } from '../model/reading.js';
import { SourceSchema } from '../model/source.js';
import { TABLE_IDS, TableIdSchema, type TableId } from '../model/table-id.js';
import { rowDepth, rowLabel } from './row-names.js';

export const RebuiltCellSchema = z.object({
  value: z.string(),
  unit: z.string(),
  source: SourceSchema,
  confidence: z.number().optional().describe('文字识别的置信度（扫描件）'),
});
export type RebuiltCell = z.infer<typeof RebuiltCellSchema>;

export const RebuiltRowSchema = z.object({
  key: z.string().describe('行的键：科目编码、合计或标准行名'),
  label: z.string().describe('显示的行名：编码加科目名称，或标准行名'),
  level: z.number().int().describe('功能科目的层级（类 0、款 1、项 2），用于缩进'),
  cells: z.array(RebuiltCellSchema.nullable()),
});
export type RebuiltRow = z.infer<typeof RebuiltRowSchema>;

export const RebuiltPartSchema = z.object({
  title: z.string().optional().describe('公开01、04 两侧：收入或支出'),
  columns: z.array(z.string()),
  rows: z.array(RebuiltRowSchema),
});
export type RebuiltPart = z.infer<typeof RebuiltPartSchema>;

export const RebuiltTableSchema = z.object({
  id: TableIdSchema,
  title: z.string(),
  label: z.string().optional(),
  unit: z.string().optional(),
  empty: z.boolean(),
  reading: TableReadingSchema.optional().describe('读取状态：complete 已完整读取、partial 部分未能读取、unread 未能读取、empty 空表；unread 列出未读数字及其出处。文件没有的表不给出'),
  note: z.string().optional(),
  parts: z.array(RebuiltPartSchema),
});
export type RebuiltTable = z.infer<typeof RebuiltTableSchema>;

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
    rows: rowKeys.map((key) => ({ key, label: rowLabel(table, key, printed), level: rowDepth(table, key), cells: columns.map((c) => cells.get(`${key}\u0000${c}`) ?? null) })),
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
