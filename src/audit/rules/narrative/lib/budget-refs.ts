// Where a 预算's tables print the figure its 情况说明 states: subject + scope → a cell of the 预算's own tables.
// Several tables may print a figure (a function class in 支出预算总表 and, in 江苏's form, only in 收支预算总表);
// the first that prints the figure's row and column is the one compared. A figure the tables do not print is not
// compared at all: a 预算's tables leave out rows (上海 prints no 本年收入合计), and a missing row is no zero.
import { TERMS as T } from '../../../../model/glossary.js';
import type { ClaimScope } from '../../../../model/claim.js';
import type { TableId } from '../../../../model/table-id.js';
import type { AuditContext, Cell } from '../../../context.js';
import { tableName } from '../../../naming.js';
import { THREE_PUBLIC_COLUMNS, type TableRef } from './table-refs.js';

type Candidate = readonly [table: TableId, row: string, column: string];

const ALL = '全部资金';
const B01 = (row: string): Candidate => ['B01', row, T.amount];

const PROCUREMENT_ROWS: Record<string, string> = { 合计: T.total, 货物: T.goods, 工程: T.works, 服务: T.services };
/** Rows of the 收支预算总表 named like the subject that states them. */
const SUMMARY_ROWS: readonly string[] = [T.specialAccountFunds, T.otherFunds, T.businessIncome, T.institutionOperatingIncome, T.otherIncome, T.priorYearCarryover, T.carryoverToNextYear];
/** The function table of each scope. */
const FUNCTION_TABLES: Partial<Record<ClaimScope | typeof ALL, readonly Candidate[]>> = {
  [ALL]: [['B03', '', T.total], ['B01', '', T.amount]],
  财政拨款: [['B05', '', T.total], ['B04', '', T.total]],
  一般公共预算: [['B07', '', T.total]],
  政府性基金预算: [['B10', '', T.total]],
  国有资本经营预算: [['B11', '', T.total]],
};

/** The cells that may print what a claim about `subject` in `scope` states, in the order they are tried. */
function candidates(subject: string, scope: ClaimScope | undefined): readonly Candidate[] {
  const s = scope ?? ALL;
  const [kind, key = ''] = subject.split(':');
  if (kind === '三公' && THREE_PUBLIC_COLUMNS[key]) return [['B09', T.budgetAmount, THREE_PUBLIC_COLUMNS[key]]];
  if (kind === '政府采购' && PROCUREMENT_ROWS[key]) return [['B13', PROCUREMENT_ROWS[key], T.amount]];
  if (kind === '功能') return (FUNCTION_TABLES[s] ?? []).filter(([table]) => table !== 'B01' || key.length === 3).map(([table, , column]) => [table, key, table === 'B01' ? T.amount : column]);
  if (kind === '经济') return s === '一般公共预算' ? [['B08', key, T.total]] : s === '财政拨款' ? [['B06', key, T.total]] : [];
  switch (subject) {
    case T.incomeGrandTotal:
      return s === ALL ? [B01(T.incomeGrandTotal)] : s === '财政拨款' ? [['B04', T.incomeGrandTotal, T.amount]] : [];
    case T.expenditureGrandTotal:
      return s === ALL ? [B01(T.expenditureGrandTotal)] : s === '财政拨款' ? [['B04', T.expenditureGrandTotal, T.total]] : [];
    case T.currentYearIncome:
      if (s === ALL) return [B01(T.currentYearIncome)];
      if (s === '财政拨款') return [B01(T.fiscalAppropriationIncome), ['B04', T.generalBudget, T.amount]];
      return s === '一般公共预算' ? [B01(T.generalBudget), ['B04', T.generalBudget, T.amount]] : [];
    case T.currentYearExpenditure:
      if (s === ALL) return [B01(T.currentYearExpenditure), ['B03', T.total, T.total]];
      return s === '财政拨款' ? [['B05', T.total, T.total]] : (FUNCTION_TABLES[s] ?? []).filter(([t]) => t !== 'B01').map(([t, , c]) => [t, T.total, c]);
    case T.basicExpenditure:
    case T.projectExpenditure:
    case T.reservedFunds:
      if (s === ALL) return [['B03', T.total, subject], B01(subject)];
      if (s === '财政拨款') return [['B04', subject, T.total], ['B05', T.total, subject]];
      if (s === '一般公共预算') return subject === T.basicExpenditure ? [['B08', T.total, T.total], ['B07', T.total, subject]] : [['B07', T.total, subject]];
      return [];
    case T.personnelExpenses:
    case T.publicExpenses:
      return s === '一般公共预算' ? [['B08', T.total, subject]] : s === '财政拨款' ? [['B06', T.total, subject]] : [];
    case T.institutionOperatingCost:
      return [['B09', T.budgetAmount, subject], ['B12', T.total, T.total]];
    case T.meetingExpenses:
    case T.trainingExpenses:
      return [['B09', T.budgetAmount, subject]];
  }
  return SUMMARY_ROWS.includes(subject) && s === ALL ? [B01(subject)] : [];
}

/**
 * Whether a table prints the cell: its row was read and some row of the table has a number in its column. Asked of
 * the facts as read (never marking the result): whether the cell itself was read is the comparison's question.
 */
function prints(ctx: AuditContext, [table, row, column]: Candidate): boolean {
  if (!ctx.hasTable(table)) return false;
  return ctx.rowsRead(table).includes(row) && ctx.disclosure.facts.some((f) => f.table === table && f.column === column);
}

/** The cell of the 预算's tables that prints what a claim states, or undefined when none does. */
export function budgetTableRef(ctx: AuditContext, subject: string, scope: ClaimScope | undefined): TableRef | undefined {
  const found = candidates(subject, scope).find((c) => prints(ctx, c));
  if (!found) return undefined;
  const [table, row, column] = found;
  const cell: Cell = { table, row, column };
  const rowLabel = /^\d+$/.test(row) ? ` ${row} ` : row === T.budgetAmount ? '' : row;
  return { cells: [cell], label: `${tableName(table)}${rowLabel}${column === T.amount ? '' : `「${column}」`}` };
}
