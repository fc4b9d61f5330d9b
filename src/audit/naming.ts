// How tables and rows are named in user-facing messages: the template's short table name, and a code followed
// by its printed name (or the catalog's when the table prints none).
import { ECONOMIC_CODES } from '../catalog/economic-codes.js';
import { FUNCTION_CODES } from '../catalog/function-codes.js';
import { TABLE_TEMPLATE } from '../catalog/tables.js';
import type { TableId } from '../model/table-id.js';
import type { AuditContext } from './context.js';

export const tableName = (table: TableId): string => TABLE_TEMPLATE[table].shortName;

/** T06 is keyed by economic codes; every other coded row is a function code. */
export function catalogName(table: TableId, code: string): string | undefined {
  return (table === 'T06' ? ECONOMIC_CODES.get(code) : FUNCTION_CODES.get(code))?.name;
}

/** "21015 医疗保障管理事务" for a code, the key itself for a labelled row (本年收入合计, 人员经费合计 …). */
export function rowName(ctx: AuditContext, table: TableId, row: string): string {
  if (!/^\d+$/.test(row)) return row;
  const name = ctx.printedName(table, row) ?? catalogName(table, row);
  return name ? `${row} ${name}` : row;
}
