import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { FISCAL_INCOME, T01, T04 } from './lib/totals.js';

export const X_06 = identityRule({
  id: 'X-06',
  family: 'cross-table',
  severity: 'error',
  title: '总表与财政拨款总表的三类财政拨款收入一致',
  description: '收入支出决算总表与财政拨款收入支出决算总表中的三类财政拨款收入应相同。',
  basis: '表间勾稽：同一笔财政拨款收入在两张总表中列示应一致。',
  fix: '核对两张总表的财政拨款收入，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01', 'T04'],
  identities: () =>
    FISCAL_INCOME.map(([t01Row, t04Row]) => ({
      subject: t01Row,
      total: term('T04', t04Row, T.amount, T04),
      parts: [term('T01', t01Row, T.amount, T01)],
    })),
});
