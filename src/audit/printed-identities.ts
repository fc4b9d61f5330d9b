// Identity generators over the 预算's tables. A budget table is printed in several forms (江苏's tables print the
// 金额 alone, 上海's also 基本支出 and 项目支出), so a column takes part only where the table prints a number in it;
// labelled rows (江苏's 收入预算总表, 政府采购预算表) add up along their label paths.
import { ROW_PATH_SEPARATOR } from '../model/fact.js';
import { TERMS as T } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';
import type { AuditContext } from './context.js';
import { economicHierarchy, functionHierarchy, rowSums } from './generators.js';
import { term, type Identity } from './identity.js';
import { tableName } from './naming.js';

/** The columns among `columns` in which the table prints at least one number. */
export function printedColumns(ctx: AuditContext, table: TableId, columns: readonly string[]): string[] {
  const printed = new Set(ctx.disclosure.facts.filter((f) => f.table === table).map((f) => f.column));
  return columns.filter((c) => printed.has(c));
}

/** Whether the table prints a number in this row's cell of the column (a row the template has but may leave out). */
export const printedRow = (ctx: AuditContext, table: TableId, row: string, column: string): boolean =>
  ctx.disclosure.facts.some((f) => f.table === table && f.row === row && f.column === column);

/** `total = Σ parts` on every row, over the parts the table prints (none when it prints none of them). */
export function printedRowSums(ctx: AuditContext, table: TableId, total: string, parts: readonly string[]): Identity[] {
  const printed = printedColumns(ctx, table, parts);
  return printed.length && printedColumns(ctx, table, [total]).length ? rowSums(ctx, table, total, printed) : [];
}

/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every column the table prints. */
export const printedFunctionHierarchy = (ctx: AuditContext, table: TableId, columns: readonly string[]): Identity[] =>
  functionHierarchy(ctx, table, printedColumns(ctx, table, columns));

/** 合计 = Σ 类 and 类 = Σ 款 in every column an economic-coded table prints. */
export function printedEconomicHierarchy(ctx: AuditContext, table: TableId, columns: readonly string[]): Identity[] {
  const classes = ctx.rowsRead(table).filter((r) => /^\d{3}$/.test(r));
  return printedColumns(ctx, table, columns).flatMap((column) => [
    ...(classes.length
      ? [
          {
            subject: `${tableName(table)}「${column}」栏 ${T.total}`,
            total: term(table, T.total, column, '表中'),
            parts: classes.map((c) => term(table, c, column, c)),
            enumerates: table,
          },
        ]
      : []),
    ...economicHierarchy(ctx, column, table),
  ]);
}

const SUB_ITEM = new RegExp(`^${T.subItemMarker}`);
const lastLabel = (row: string): string => row.slice(row.lastIndexOf(ROW_PATH_SEPARATOR) + 1);

/**
 * Labelled rows: the total row = Σ the rows without a parent, and every row = Σ the rows whose nearest printed
 * ancestor it is ("其中…" rows are part of their parent, not added to it). A row whose own amount is blank passes
 * its children up to the row above it.
 */
export function labelledHierarchy(ctx: AuditContext, table: TableId, totals: readonly string[], column: string): Identity[] {
  const rows = ctx.rowsRead(table);
  const total = rows.find((r) => totals.includes(r));
  const parentOf = (row: string): string | undefined =>
    rows.filter((r) => r !== row && row.startsWith(r + ROW_PATH_SEPARATOR)).reduce<string | undefined>((best, r) => (best && best.length > r.length ? best : r), undefined);
  const childrenOf = (parent: string | undefined) => rows.filter((r) => r !== total && parentOf(r) === parent && !SUB_ITEM.test(lastLabel(r)));
  const sum = (parent: string, children: string[]): Identity => ({
    subject: `${tableName(table)} ${parent}`,
    total: term(table, parent, column, '表中'),
    parts: children.map((c) => term(table, c, column, lastLabel(c))),
    enumerates: table,
  });
  const identities: Identity[] = [];
  const top = childrenOf(undefined);
  if (total && top.length) identities.push(sum(total, top));
  for (const row of rows) {
    const children = childrenOf(row);
    if (row !== total && children.length) identities.push(sum(row, children));
  }
  return identities;
}
