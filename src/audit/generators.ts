// Identity generators for the families that repeat over every row or every code: row sums across columns, and
// the classification hierarchy (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项) down every column.
import { functionLevel, parentCode } from '../catalog/function-codes.js';
import { TERMS } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';
import type { AuditContext } from './context.js';
import { term, type Identity } from './identity.js';
import { rowName, tableName } from './naming.js';

/** Rows keyed by a function 类 code: the expenditure side of 公开01/04, the 类 rows of coded tables. */
export const classRows = (ctx: AuditContext, table: TableId): string[] => ctx.rowsRead(table).filter((r) => /^\d{3}$/.test(r));

/** `total = Σ parts` across columns, for every row the table prints (合计 and each code). */
export function rowSums(ctx: AuditContext, table: TableId, total: string, parts: readonly string[], negated: readonly string[] = []): Identity[] {
  return ctx.rowsRead(table).map((row) => ({
    subject: `${tableName(table)} ${rowName(ctx, table, row)}`,
    total: term(table, row, total, `表中${total}`),
    parts: [...parts.map((c) => term(table, row, c, c)), ...negated.map((c) => term(table, row, c, c, true))],
  }));
}

function sumsOverChildren(ctx: AuditContext, table: TableId, column: string, codes: readonly string[], parentOf: (code: string) => string | undefined): Identity[] {
  const identities: Identity[] = [];
  const childrenOf = new Map<string, string[]>();
  for (const c of codes) {
    const parent = parentOf(c);
    if (parent === undefined) continue;
    const children = childrenOf.get(parent);
    if (children) children.push(c);
    else childrenOf.set(parent, [c]);
  }
  for (const parent of codes) {
    const children = childrenOf.get(parent);
    if (!children) continue;
    identities.push({
      subject: `${tableName(table)}「${column}」栏 ${rowName(ctx, table, parent)}`,
      total: term(table, parent, column, '表中'),
      parts: children.map((c) => term(table, c, column, c)),
      enumerates: table,
    });
  }
  return identities;
}

/** 合计 = Σ 类, 类 = Σ its 款, 款 = Σ its 项, in every given column of a function-coded table. */
export function functionHierarchy(ctx: AuditContext, table: TableId, columns: readonly string[]): Identity[] {
  const codes = ctx.rowsRead(table).filter((r) => /^\d+$/.test(r) && functionLevel(r) !== undefined);
  const classes = classRows(ctx, table);
  return columns.flatMap((column) => [
    ...(classes.length
      ? [
          {
            subject: `${tableName(table)}「${column}」栏 ${TERMS.total}`,
            total: term(table, TERMS.total, column, '表中'),
            parts: classes.map((c) => term(table, c, column, c)),
            enumerates: table,
          },
        ]
      : []),
    ...sumsOverChildren(ctx, table, column, codes, parentCode),
  ]);
}

/** Economic 类 (3 digits) = Σ its 款 (5 digits) in one column of an economic-coded table (公开06 by default). */
export function economicHierarchy(ctx: AuditContext, column: string, table: TableId = 'T06'): Identity[] {
  const codes = ctx.rowsRead(table).filter((r) => /^\d{3}(\d{2})?$/.test(r));
  return sumsOverChildren(ctx, table, column, codes, (c) => (c.length === 5 ? c.slice(0, 3) : undefined));
}
