// 公开04 财政拨款收入支出决算总表: income by budget type adds up to 本年收入合计 and 收入总计; every expenditure
// row splits 合计 into the three budget types; the columns add up over the function 类 rows; and each budget
// type balances (consistency-rules.md §1 T04).
import { TERMS as T } from '../../../model/glossary.js';
import { notEvaluable, type Rule } from '../../engine.js';
import { classRows } from '../../generators.js';
import { identityRule, term, type Identity, type Term } from '../../identity.js';
import { rowName, tableName } from '../../naming.js';

const SUBJECT = tableName('T04');
const BUDGET_TYPES = [T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation];
const EXPENDITURE_COLUMNS = [T.total, ...BUDGET_TYPES];

/** Income side: one 金额 column. */
const income = (row: string, label = row): Term => term('T04', row, T.amount, label);
/** Expenditure side: 合计 and one column per budget type. */
const spent = (row: string, column: string, label: string): Term => term('T04', row, column, label);
/** 行次 29–31: 年初财政拨款结转和结余 split by budget type (golden/README.md row keys). */
export const openingBalanceOf = (budgetType: string): string => `${T.fiscalOpeningBalance}.${budgetType}`;

export const T04_RULES: Rule[] = [
  identityRule({
    id: 'T04-01',
    family: 'arithmetic',
    severity: 'error',
    title: '财政拨款本年收入合计等于三类财政拨款收入之和',
    tables: ['T04'],
    identities: () => [{ subject: SUBJECT, total: income(T.currentYearIncome, `表中${T.currentYearIncome}`), parts: BUDGET_TYPES.map((r) => income(r)) }],
  }),
  identityRule({
    id: 'T04-02',
    family: 'arithmetic',
    severity: 'error',
    title: '年初财政拨款结转和结余等于分预算类型列示之和',
    tables: ['T04'],
    // Only when the split is printed at all: several templates show the total without its by-type rows.
    identities: (ctx) =>
      BUDGET_TYPES.some((b) => ctx.fact(income(openingBalanceOf(b))))
        ? [
            {
              subject: SUBJECT,
              total: income(T.fiscalOpeningBalance, `表中${T.fiscalOpeningBalance}`),
              parts: BUDGET_TYPES.map((b) => income(openingBalanceOf(b), `其中${b}`)),
            },
          ]
        : [],
  }),
  identityRule({
    id: 'T04-03',
    family: 'arithmetic',
    severity: 'error',
    title: '财政拨款收入总计等于本年收入合计与年初财政拨款结转和结余之和',
    tables: ['T04'],
    identities: () => [
      { subject: SUBJECT, total: income(T.incomeGrandTotal, `表中${T.incomeGrandTotal}`), parts: [income(T.currentYearIncome), income(T.fiscalOpeningBalance)] },
    ],
  }),
  identityRule({
    id: 'T04-04',
    family: 'arithmetic',
    severity: 'error',
    title: '财政拨款支出各行合计等于三类财政拨款之和',
    tables: ['T04'],
    identities: (ctx) =>
      [...classRows(ctx, 'T04'), T.currentYearExpenditure, T.fiscalClosingBalance, T.expenditureGrandTotal].map((row) => ({
        subject: `${SUBJECT} ${rowName(ctx, 'T04', row)}`,
        total: spent(row, T.total, `表中${T.total}`),
        parts: BUDGET_TYPES.map((b) => spent(row, b, b)),
      })),
  }),
  identityRule({
    id: 'T04-05',
    family: 'arithmetic',
    severity: 'error',
    title: '财政拨款本年支出合计各栏等于各类支出之和',
    tables: ['T04'],
    identities: (ctx) =>
      EXPENDITURE_COLUMNS.map((column) => ({
        subject: `${SUBJECT}「${column}」栏`,
        total: spent(T.currentYearExpenditure, column, `表中${T.currentYearExpenditure}`),
        parts: classRows(ctx, 'T04').map((c) => spent(c, column, c)),
      })),
  }),
  identityRule({
    id: 'T04-06',
    family: 'arithmetic',
    severity: 'error',
    title: '财政拨款支出总计各栏等于本年支出合计与年末财政拨款结转和结余之和',
    tables: ['T04'],
    identities: () =>
      EXPENDITURE_COLUMNS.map((column) => ({
        subject: `${SUBJECT}「${column}」栏`,
        total: spent(T.expenditureGrandTotal, column, `表中${T.expenditureGrandTotal}`),
        parts: [spent(T.currentYearExpenditure, column, T.currentYearExpenditure), spent(T.fiscalClosingBalance, column, T.fiscalClosingBalance)],
      })),
  }),
  identityRule({
    id: 'T04-07',
    family: 'arithmetic',
    severity: 'error',
    title: '财政拨款收入总计等于支出总计',
    tables: ['T04'],
    identities: () => [
      { subject: SUBJECT, total: spent(T.expenditureGrandTotal, T.total, T.expenditureGrandTotal), parts: [income(T.incomeGrandTotal)] },
    ],
  }),
  identityRule({
    id: 'T04-08',
    family: 'arithmetic',
    // Usually: the finance bureau may recover or adjust balances during the year, which the public table omits.
    severity: 'warning',
    title: '各类财政拨款年初结转加本年收入等于本年支出加年末结转',
    tables: ['T04'],
    identities: (ctx) => {
      const opening = ctx.fact(income(T.fiscalOpeningBalance));
      const split = BUDGET_TYPES.some((b) => ctx.fact(income(openingBalanceOf(b))));
      if (opening && !/^0(\.0*)?$/.test(opening.value) && !split) {
        return notEvaluable(`${SUBJECT}未按预算类型列示年初财政拨款结转和结余`);
      }
      return BUDGET_TYPES.map(
        (b): Identity => ({
          subject: `${SUBJECT} ${b}`,
          total: spent(T.currentYearExpenditure, b, T.currentYearExpenditure),
          parts: [
            income(openingBalanceOf(b), T.fiscalOpeningBalance),
            income(b, T.currentYearIncomeShort),
            term('T04', T.fiscalClosingBalance, b, T.fiscalClosingBalance, true),
          ],
        }),
      );
    },
  }),
];
