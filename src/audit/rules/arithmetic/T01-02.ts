import { TERMS as T } from '../../../model/glossary.js';
import { classRows } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { at, inTable, SUBJECT } from './lib/t01.js';

export const T01_02 = identityRule({
  id: 'T01-02',
  family: 'arithmetic',
  severity: 'error',
  title: '本年支出合计等于各类支出之和',
  description: '收入支出决算总表中，“本年支出合计”应等于各功能分类类级支出之和。',
  basis: '表内恒等式：本年支出合计 = 各类支出之和（允许尾差）。',
  fix: '核对各类支出和本年支出合计，改正错误的数字；漏列的类级科目要补列。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01'],
  identities: (ctx) => [{ subject: SUBJECT, total: inTable(T.currentYearExpenditure), parts: classRows(ctx, 'T01').map((c) => at(c)) }],
});
