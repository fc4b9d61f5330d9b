import { TERMS as T } from '../../../model/glossary.js';
import { rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { SPENDING_TYPES } from './lib/t03.js';

export const T03_01 = identityRule({
  id: 'T03-01',
  family: 'arithmetic',
  severity: 'error',
  title: '支出决算表各行本年支出合计等于各项支出之和',
  description: '支出决算表每一行的“本年支出合计”应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和。',
  basis: '表内恒等式：每行本年支出合计 = 各支出栏之和（允许尾差）。',
  fix: '核对该行各栏数字，改正合计或分栏数。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T03'],
  identities: (ctx) => rowSums(ctx, 'T03', T.currentYearExpenditure, SPENDING_TYPES),
});
