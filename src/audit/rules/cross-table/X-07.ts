import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { T02, T04 } from './lib/totals.js';

export const X_07 = identityRule({
  id: 'X-07',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款本年收入合计等于收入决算表财政拨款收入合计',
  description: '财政拨款收入支出决算总表的本年收入合计应等于收入决算表合计行的财政拨款收入。',
  basis: '表间勾稽：财政拨款本年收入合计 = 收入决算表财政拨款收入合计。',
  fix: '核对两张表，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T02', 'T04'],
  identities: () => [
    {
      subject: T.fiscalAppropriationIncome,
      total: term('T02', T.total, T.fiscalAppropriationIncome, `${T02}合计行`),
      parts: [term('T04', T.currentYearIncome, T.amount, `${T04}${T.currentYearIncome}`)],
    },
  ],
});
