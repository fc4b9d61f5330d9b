import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { T01 } from './lib/totals.js';

const T03 = tableName('T03');

export const X_03 = identityRule({
  id: 'X-03',
  family: 'cross-table',
  severity: 'error',
  title: '支出决算表合计等于总表本年支出合计',
  description: '支出决算表合计行的本年支出合计应与收入支出决算总表的本年支出合计相同。',
  basis: '同一数字在两张表中列示应完全一致（表间勾稽）。',
  fix: '核对两张表，改正其中错误的一处。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01', 'T03'],
  identities: () => [
    {
      subject: T.currentYearExpenditure,
      total: term('T01', T.currentYearExpenditure, T.amount, T01),
      parts: [term('T03', T.total, T.currentYearExpenditure, `${T03}合计行`)],
    },
  ],
});
