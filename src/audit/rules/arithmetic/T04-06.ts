import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { EXPENDITURE_COLUMNS, spent, SUBJECT } from './lib/t04.js';

export const T04_06 = identityRule({
  id: 'T04-06',
  family: 'arithmetic',
  severity: 'error',
  title: '财政拨款支出总计各栏等于本年支出合计与年末财政拨款结转和结余之和',
  description: '财政拨款收入支出决算总表右侧总计的每一栏应等于本年支出合计与年末财政拨款结转和结余之和。',
  basis: '表内恒等式：支出总计 = 本年支出合计 + 年末财政拨款结转和结余（逐栏）。',
  fix: '核对支出方各行数字，改正总计或分项。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: () =>
    EXPENDITURE_COLUMNS.map((column) => ({
      subject: `${SUBJECT}「${column}」栏`,
      total: spent(T.expenditureGrandTotal, column, `表中${T.expenditureGrandTotal}`),
      parts: [spent(T.currentYearExpenditure, column, T.currentYearExpenditure), spent(T.fiscalClosingBalance, column, T.fiscalClosingBalance)],
    })),
});
