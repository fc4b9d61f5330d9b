import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { T06 } from './lib/basic-expenditure.js';

/** 公开06 column → the 公开05 合计 column it adds up to. */
const COLUMN_TIES: ReadonlyArray<readonly [t06Column: string, t05Column: string]> = [
  [T.finalAmount, T.basicExpenditure],
  [T.amount, T.subtotal],
];

export const X_13 = identityRule({
  id: 'X-13',
  family: 'cross-table',
  severity: 'error',
  title: '基本支出明细表人员经费与公用经费之和等于一般公共预算财政拨款基本支出',
  description: '基本支出明细表的人员经费与公用经费之和应等于一般公共预算财政拨款支出决算表合计行的基本支出。',
  basis: '表间勾稽：人员经费 + 公用经费 = 一般公共预算财政拨款基本支出。',
  fix: '核对基本支出明细表和一般公共预算财政拨款支出决算表，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T05', 'T06'],
  // The basic column (决算数) ties to 公开05 基本支出; in the two-column variant the 金额 column covers all
  // general-budget money, basic and project, and ties to 公开05 小计.
  identities: (ctx) => {
    const twoColumns = ctx.facts('T06').some((f) => f.column === T.amount);
    const pairs = twoColumns ? COLUMN_TIES : COLUMN_TIES.slice(0, 1);
    return pairs.map(([column, t05Column]) => ({
      subject: `${T06}「${column}」栏`,
      total: term('T05', T.total, t05Column, `${tableName('T05')}合计行${t05Column}`),
      parts: [term('T06', T.personnelTotal, column, T.personnelTotal), term('T06', T.publicTotal, column, T.publicTotal)],
    }));
  },
});
