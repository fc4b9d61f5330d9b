// Figures that two tables print for the same function code and the
// 一般公共预算 ⊆ all funds relation between 公开05 and 公开03. A class printed on one side only is
// compared with 0. consistency-rules.md §2.
import { TERMS as T } from '../../../../model/glossary.js';
import type { TableId } from '../../../../model/table-id.js';
import type { AuditContext } from '../../../context.js';
import { term, type Identity } from '../../../identity.js';
import { rowName, tableName } from '../../../naming.js';

export interface Side {
  table: TableId;
  column: string;
}

export const union = (...lists: string[][]): string[] => [...new Set(lists.flat())].sort();

export const label = (side: Side): string => `${tableName(side.table)}${side.column}`;

/** `a[row] = b[row]` for each row: the same amount printed in two tables. */
export function samePerRow(ctx: AuditContext, rows: readonly string[], a: Side, b: Side): Identity[] {
  return rows.map((row) => ({
    subject: rowName(ctx, b.table, row),
    total: term(a.table, row, a.column, label(a)),
    parts: [term(b.table, row, b.column, label(b))],
  }));
}

export const T03_TOTAL: Side = { table: 'T03', column: T.currentYearExpenditure };
