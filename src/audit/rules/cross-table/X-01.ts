import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { T01, T02 } from './lib/totals.js';

export const X_01 = identityRule({
  id: 'X-01',
  family: 'cross-table',
  severity: 'error',
  title: '收入决算表合计等于总表本年收入合计',
  description: '收入决算表合计行的本年收入合计应与收入支出决算总表的本年收入合计相同。',
  basis: '同一数字在两张表中列示应完全一致（表间勾稽）。',
  fix: '核对两张表，改正其中错误的一处，使两表一致。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01', 'T02'],
  identities: () => [
    {
      subject: T.currentYearIncome,
      total: term('T01', T.currentYearIncome, T.amount, T01),
      parts: [term('T02', T.total, T.currentYearIncome, `${T02}合计行`)],
    },
  ],
});
