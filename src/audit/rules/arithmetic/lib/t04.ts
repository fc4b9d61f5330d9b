// 公开04 财政拨款收入支出决算总表: income by budget type adds up to 本年收入合计 and 收入总计; every expenditure
// row splits 合计 into the three budget types; the columns add up over the function 类 rows; and each budget
// type balances (consistency-rules.md §1 T04).
import { TERMS as T } from '../../../../model/glossary.js';
import { term, type Term } from '../../../identity.js';
import { tableName } from '../../../naming.js';

export const SUBJECT = tableName('T04');

export const BUDGET_TYPES = [T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation];

export const EXPENDITURE_COLUMNS = [T.total, ...BUDGET_TYPES];

/** Income side: one 金额 column. */
export const income = (row: string, label = row): Term => term('T04', row, T.amount, label);

/** Expenditure side: 合计 and one column per budget type. */
export const spent = (row: string, column: string, label: string): Term => term('T04', row, column, label);

/** 行次 29–31: 年初财政拨款结转和结余 split by budget type (golden/README.md row keys). */
export const openingBalanceOf = (budgetType: string): string => `${T.fiscalOpeningBalance}.${budgetType}`;
