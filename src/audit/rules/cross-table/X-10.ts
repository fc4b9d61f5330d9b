import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';

export const X_10 = identityRule({
  id: 'X-10',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款总表国有资本经营预算财政拨款支出等于国有资本经营预算财政拨款支出决算表',
  description: '财政拨款收入支出决算总表中的国有资本经营预算财政拨款支出应与国有资本经营预算财政拨款支出决算表一致。',
  basis: '表间勾稽：同一笔国有资本经营预算支出在两张表中列示应一致。',
  fix: '核对两张表，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04', 'T08'],
  identities: () => [
    {
      subject: T.currentYearExpenditure,
      total: term('T04', T.currentYearExpenditure, T.stateCapitalAppropriation, `${tableName('T04')}${T.stateCapitalAppropriation}`),
      parts: [term('T08', T.total, T.total, `${tableName('T08')}合计`)],
    },
  ],
});
