// 收支预算总表 and 财政拨款收支预算总表, income side: 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营预算, the
// year's income = its sources, and the income total = the year's income + the carry-over from last year.
import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import type { Rule } from '../../engine.js';
import { identityRule, term, type Identity } from '../../identity.js';
import { tableName } from '../../naming.js';
import { printedRow } from './identities.js';

const BUDGET_TYPES = [T.generalBudget, T.governmentFundBudget, T.stateCapitalBudget];
const OTHER_SOURCES = [T.specialAccountFunds, T.otherFunds, T.businessIncome, T.institutionOperatingIncome, T.otherIncome];


function incomeIdentities(ctx: AuditContext, table: TableId): Identity[] {
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

export const SUMMARY_INCOME_RULES: Rule[] = (['B01', 'B04'] as const).map((table) =>
  identityRule({
    id: `${table}-01`,
    family: 'arithmetic',
    severity: 'error',
    title: `${tableName(table)}收入合计等于各项收入之和`,
    kinds: ['budget'],
    tables: [table],
    identities: (ctx) => incomeIdentities(ctx, table),
  }),
);
