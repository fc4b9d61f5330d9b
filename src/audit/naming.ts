// How tables and rows are named in user-facing messages: the template's short table name, and a code followed
// by its printed name (or the catalog's when the table prints none).
import { catalogCodeName, tableSpec } from '../catalog/kinds/index.js';
import type { TableId } from '../model/table-id.js';
import type { AuditContext } from './context.js';

export const tableName = (table: TableId): string => tableSpec(table).shortName;

/** The catalog's name of a code printed in a table. */
export const catalogName = catalogCodeName;

/** "21015 医疗保障管理事务" for a code, the key itself for a labelled row (本年收入合计, 人员经费合计 …). */
export function rowName(ctx: AuditContext, table: TableId, row: string): string {
  if (!/^\d+$/.test(row)) return row;
  const name = ctx.printedName(table, row) ?? catalogName(table, row);
  return name ? `${row} ${name}` : row;
}
