// What the 预算's cross-table rules (X-23 … X-26) share: cells named for messages, the grand total a table prints
// in its form, and the function classes of a summary table against a function table.
import { TERMS as T } from '../../../../model/glossary.js';
import type { TableId } from '../../../../model/table-id.js';
import type { AuditContext } from '../../../context.js';
import { classRows } from '../../../generators.js';
import { term, type Identity, type Term } from '../../../identity.js';
import { rowName, tableName } from '../../../naming.js';
import { printedRow } from '../../../printed-identities.js';

export const USES = [T.basicExpenditure, T.projectExpenditure, T.reservedFunds];
/** The function tables of each budget type and the column of 财政拨款收支预算总表 that shows it. */
export const BY_BUDGET_TYPE: ReadonlyArray<readonly [TableId, string]> = [
  ['B07', T.generalBudget],
  ['B10', T.governmentFundBudget],
  ['B11', T.stateCapitalBudget],
];

export const at = (table: TableId, row: string, column: string, label = tableName(table)): Term => term(table, row, column, label);
export const same = (subject: string, total: Term, part: Term): Identity => ({ subject, total, parts: [part] });
export const present = (ctx: AuditContext, tables: readonly TableId[]) => tables.filter((t) => ctx.hasTable(t));

/** The cell a table prints its grand total in: 江苏's labelled 收入预算总表 has 收入总计, the coded forms a 合计 row. */
export function grandTotal(ctx: AuditContext, table: TableId): Term {
  if (table === 'B02' && printedRow(ctx, table, T.incomeGrandTotal, T.amount)) return at(table, T.incomeGrandTotal, T.amount);
  return at(table, T.total, T.total, `${tableName(table)}合计`);
}

/** Each class of the total table equals the class in a function table (a class printed in one only is compared with a blank). */
export function classesAgree(ctx: AuditContext, summary: TableId, column: string, table: TableId, tableColumn: string): Identity[] {
  const classes = [...new Set([...classRows(ctx, summary), ...classRows(ctx, table)])];
  return classes.map((code) => ({
    subject: `${rowName(ctx, table, code)}（${tableName(summary)}「${column}」栏与${tableName(table)}）`,
    total: at(summary, code, column),
    parts: [at(table, code, tableColumn)],
    enumerates: table,
  }));
}

