import { TERMS as T } from '../../../model/glossary.js';
import { rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { INCOME_TYPES } from './lib/t02.js';

export const T02_01 = identityRule({
  id: 'T02-01',
  family: 'arithmetic',
  severity: 'error',
  title: '收入决算表各行本年收入合计等于各项收入之和',
  description: '收入决算表每一行的“本年收入合计”应等于财政拨款收入、上级补助收入、事业收入等各栏之和。',
  basis: '表内恒等式：每行本年收入合计 = 各收入栏之和（允许尾差）。',
  fix: '核对该行各栏数字，改正合计或分栏数。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T02'],
  identities: (ctx) => rowSums(ctx, 'T02', T.currentYearIncome, INCOME_TYPES),
});
