// 收支预算总表 and 财政拨款收支预算总表, expenditure side: the year's spending = Σ its function classes (功能分类)
// and = 基本支出 + 项目支出 + 单位预留机动经费 (支出用途, 江苏); the expenditure total = the year's spending + the
// carry-over to next year; 上海's 财政拨款 columns: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 on every row.
import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import type { Rule } from '../../engine.js';
import { classRows } from '../../generators.js';
import { identityRule, term, type Identity } from '../../identity.js';
import { tableName } from '../../naming.js';
import { printedColumns, printedRow, printedRowSums } from './identities.js';

const USES = [T.basicExpenditure, T.projectExpenditure, T.reservedFunds];
const BUDGET_TYPES = [T.generalBudget, T.governmentFundBudget, T.stateCapitalBudget];
/** The expenditure columns of the two summary tables. */
const COLUMNS: Record<'B01' | 'B04', readonly string[]> = { B01: [T.amount], B04: [T.total, ...BUDGET_TYPES] };

function expenditureIdentities(ctx: AuditContext, table: 'B01' | 'B04'): Identity[] {
  const subject = tableName(table);
  const identities: Identity[] = [];
  for (const column of printedColumns(ctx, table, COLUMNS[table])) {
    const cell = (row: string) => term(table, row, column, row);
    const yearTotal = printedRow(ctx, table, T.currentYearExpenditure, column) ? T.currentYearExpenditure : T.expenditureGrandTotal;
    const classes = classRows(ctx, table);
    if (classes.length) identities.push({ subject: `${subject}「${column}」栏`, total: cell(yearTotal), parts: classes.map(cell), enumerates: table });
    if (USES.some((u) => printedRow(ctx, table, u, column))) identities.push({ subject: `${subject}「${column}」栏`, total: cell(yearTotal), parts: USES.map(cell) });
    if (yearTotal === T.currentYearExpenditure) identities.push({ subject, total: cell(T.expenditureGrandTotal), parts: [cell(T.currentYearExpenditure), cell(T.carryoverToNextYear)] });
  }
  if (table === 'B04') identities.push(...printedRowSums(ctx, table, T.total, BUDGET_TYPES));
  return identities;
}

export const SUMMARY_EXPENDITURE_RULES: Rule[] = (['B01', 'B04'] as const).map((table: 'B01' | 'B04') =>
  identityRule({
    id: `${table}-02`,
    family: 'arithmetic',
    severity: 'error',
    title: `${tableName(table)}支出合计等于各功能分类、各支出用途之和`,
    kinds: ['budget'],
    tables: [table],
    identities: (ctx) => expenditureIdentities(ctx, table),
  }),
);

/** The two sides of a summary table balance: 收入总计 = 支出总计 (收支平衡). */
export const BALANCE_RULES: Rule[] = (['B01', 'B04'] as const).map((table: TableId) =>
  identityRule({
    id: `${table}-03`,
    family: 'arithmetic',
    severity: 'error',
    title: `${tableName(table)}收支平衡：收入总计等于支出总计`,
    kinds: ['budget'],
    tables: [table],
    identities: () => [
      {
        subject: `${tableName(table)}收支平衡`,
        total: term(table, T.incomeGrandTotal, T.amount, T.incomeGrandTotal),
        parts: [term(table, T.expenditureGrandTotal, table === 'B04' ? T.total : T.amount, T.expenditureGrandTotal)],
      },
    ],
  }),
);
