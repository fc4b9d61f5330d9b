import { TERMS as T } from '../../../model/glossary.js';
import { classRows } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { samePerRow, type Side, T03_TOTAL, union } from './lib/classes.js';

const T01_AMOUNT: Side = { table: 'T01', column: T.amount };

export const X_04 = identityRule({
  id: 'X-04',
  family: 'cross-table',
  severity: 'error',
  title: '总表各类支出等于支出决算表对应类的本年支出合计',
  description: '收入支出决算总表中每一类支出应与支出决算表对应类的本年支出合计相同。',
  basis: '表间勾稽：总表各类支出 = 支出决算表对应类级科目的本年支出合计。',
  fix: '核对两张表中该类的金额，改正不一致的数字；一侧漏列的类要补列。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01', 'T03'],
  identities: (ctx) => samePerRow(ctx, union(classRows(ctx, 'T01'), classRows(ctx, 'T03')), T01_AMOUNT, T03_TOTAL),
});
