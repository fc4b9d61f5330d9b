import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { T01, T04 } from './lib/totals.js';

export const X_11 = identityRule({
  id: 'X-11',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款收支不超过全部资金收支',
  description: '财政拨款的本年支出、年初和年末结转结余不应超过全部资金（收入支出决算总表）的相应数字。',
  basis: '包含关系：财政拨款是单位全部资金的一部分。',
  fix: '核对两张总表，改正把其他资金计入财政拨款或漏计全部资金的错误。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01', 'T04'],
  identities: () =>
    (
      [
        [term('T04', T.currentYearExpenditure, T.total, `${T04}${T.currentYearExpenditure}`), T.currentYearExpenditure],
        [term('T04', T.fiscalOpeningBalance, T.amount, `${T04}${T.fiscalOpeningBalance}`), T.openingBalance],
        [term('T04', T.fiscalClosingBalance, T.total, `${T04}${T.fiscalClosingBalance}`), T.closingBalance],
      ] as const
    ).map(([fiscal, t01Row]) => ({
      subject: t01Row,
      total: term('T01', t01Row, T.amount, `${T01}${t01Row}`),
      parts: [fiscal],
      relation: 'atMost' as const,
    })),
});
