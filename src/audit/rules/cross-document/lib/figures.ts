// Where a document prints a figure that another document restates: a cell of its tables (read completely there),
// else a figure its own 情况说明 states. Figures on a common scale (narrative/lib/values.ts), with a label naming
// where they were found.
import type { ClaimMeasure, ClaimScope } from '../../../../model/claim.js';
import type { AuditContext } from '../../../context.js';
import { budgetTableRef } from '../../narrative/lib/budget-refs.js';
import { claimsOf, documentUnit, explains, resolved, scopeAgrees, sectionName } from '../../narrative/lib/claims.js';
import { tableRef, tableValue, type TableRef } from '../../narrative/lib/table-refs.js';
import { claimValue, type Value } from '../../narrative/lib/values.js';

export interface Located {
  value: Value;
  /** "收支预算总表收入总计", "情况说明“（一）…”". */
  label: string;
}

/** How one kind of document prints its own figures. */
export interface FigureBook {
  /** The measures its 情况说明 states this year's figure with. */
  measures: readonly ClaimMeasure[];
  /** The table cell(s) printing a subject in a scope. */
  tableOf(ctx: AuditContext, subject: string, scope: ClaimScope | undefined): TableRef | undefined;
}

/** A 决算 prints its figures as 决算数. */
export const FINAL_ACCOUNTS_BOOK: FigureBook = {
  measures: ['amount'],
  tableOf: (_ctx, subject, scope) => tableRef(subject, scope, 'amount'),
};

/** A 预算 prints its figures as 预算数. */
export const BUDGET_BOOK: FigureBook = {
  measures: ['budget', 'amount'],
  tableOf: (ctx, subject, scope) => budgetTableRef(ctx, subject, scope),
};

/** A figure that may be printed where the reader left numbers unread: never compared (and never taken for 0). */
export const UNREAD = 'unread';

/**
 * The figure a document gives for a subject this year: from its tables where they print it, else the first figure
 * its 情况说明 states for it; UNREAD when the cell, or a table that may print it, was not read; undefined when the
 * document prints it nowhere.
 */
export function figureOf(ctx: AuditContext, book: FigureBook, subject: string, scope: ClaimScope | undefined): Located | typeof UNREAD | undefined {
  const reference = book.tableOf(ctx, subject, scope);
  if (reference && reference.cells.every((c) => ctx.hasTable(c.table))) {
    const value = tableValue(ctx, reference);
    return value ? { value, label: reference.label } : UNREAD;
  }
  const unit = documentUnit(ctx);
  for (const claim of claimsOf(ctx)) {
    if (claim.subject !== subject || claim.period !== '本年' || !book.measures.includes(claim.measure) || !explains(claim) || !resolved(claim)) continue;
    if (!scopeAgrees(claim.scope, scope)) continue;
    const value = claimValue(claim, unit);
    if (value) return { value, label: `情况说明“${sectionName(claim)}”` };
  }
  // Printed nowhere that was read: a table with numbers left unread may print it.
  return ctx.disclosure.tables.some((t) => t.reading.status === 'partial' || t.reading.status === 'unread') ? UNREAD : undefined;
}
