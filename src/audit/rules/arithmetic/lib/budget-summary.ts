// The 预算's two summary tables, 收支预算总表 (B01) and 财政拨款收支预算总表 (B04). Income side: 财政拨款 = 一般公共预算
// + 政府性基金 + 国有资本经营预算, the year's income = its sources, the income total = the year's income + last
// year's carry-over. Expenditure side: the year's spending = Σ its function classes and = 基本支出 + 项目支出 + 单位预留
// 机动经费 (江苏), the expenditure total = the year's spending + the carry-over to next year; 上海's 财政拨款 columns:
// 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 on every row. The two sides balance.
import { TERMS as T } from '../../../../model/glossary.js';
import type { AuditContext } from '../../../context.js';
import { classRows } from '../../../generators.js';
import { term, type Identity } from '../../../identity.js';
import { tableName } from '../../../naming.js';
import { printedColumns, printedRow, printedRowSums } from '../../../printed-identities.js';

export type SummaryTable = 'B01' | 'B04';

const BUDGET_TYPES = [T.generalBudget, T.governmentFundBudget, T.stateCapitalBudget];
const OTHER_SOURCES = [T.specialAccountFunds, T.otherFunds, T.businessIncome, T.institutionOperatingIncome, T.otherIncome];
const USES = [T.basicExpenditure, T.projectExpenditure, T.reservedFunds];
/** The expenditure columns of the two summary tables. */
const COLUMNS: Record<SummaryTable, readonly string[]> = { B01: [T.amount], B04: [T.total, ...BUDGET_TYPES] };

export function incomeIdentities(ctx: AuditContext, table: SummaryTable): Identity[] {
  const amount = (row: string) => term(table, row, T.amount, row);
  const subject = tableName(table);
  const identities: Identity[] = [];
  const fiscal = printedRow(ctx, table, T.fiscalAppropriationIncome, T.amount);
  if (fiscal) identities.push({ subject, total: amount(T.fiscalAppropriationIncome), parts: BUDGET_TYPES.map(amount) });
  // the year's income is printed as its own row (江苏) or is the total (上海, no carry-over row)
  const yearTotal = printedRow(ctx, table, T.currentYearIncome, T.amount) ? T.currentYearIncome : T.incomeGrandTotal;
  const sources = [...(fiscal ? [T.fiscalAppropriationIncome] : BUDGET_TYPES), ...OTHER_SOURCES];
  identities.push({ subject, total: amount(yearTotal), parts: sources.map(amount) });
  if (yearTotal === T.currentYearIncome) identities.push({ subject, total: amount(T.incomeGrandTotal), parts: [amount(T.currentYearIncome), amount(T.priorYearCarryover)] });
  return identities;
}

export function expenditureIdentities(ctx: AuditContext, table: SummaryTable): Identity[] {
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

/** 收入总计 = 支出总计 (收支平衡). */
export const balanceIdentities = (table: SummaryTable): Identity[] => [
  {
    subject: `${tableName(table)}收支平衡`,
    total: term(table, T.incomeGrandTotal, T.amount, T.incomeGrandTotal),
    parts: [term(table, T.expenditureGrandTotal, table === 'B04' ? T.total : T.amount, T.expenditureGrandTotal)],
  },
];
