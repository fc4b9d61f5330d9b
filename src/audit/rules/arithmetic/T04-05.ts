import { TERMS as T } from '../../../model/glossary.js';
import { classRows } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { EXPENDITURE_COLUMNS, spent, SUBJECT } from './lib/t04.js';

export const T04_05 = identityRule({
  id: 'T04-05',
  family: 'arithmetic',
  severity: 'error',
  title: '财政拨款本年支出合计各栏等于各类支出之和',
  description: '财政拨款收入支出决算总表支出方，本年支出合计的每一栏应等于各类支出该栏之和。',
  basis: '表内恒等式：本年支出合计 = 各类支出之和（逐栏，允许尾差）。',
  fix: '核对各类支出和本年支出合计，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: (ctx) =>
    EXPENDITURE_COLUMNS.map((column) => ({
      subject: `${SUBJECT}「${column}」栏`,
      total: spent(T.currentYearExpenditure, column, `表中${T.currentYearExpenditure}`),
      parts: classRows(ctx, 'T04').map((c) => spent(c, column, c)),
    })),
});
