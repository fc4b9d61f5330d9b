import { TERMS as T } from '../../../model/glossary.js';
import { rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';

export const T05_01 = identityRule({
  id: 'T05-01',
  family: 'arithmetic',
  severity: 'error',
  title: '一般公共预算财政拨款支出决算表各行小计等于基本支出与项目支出之和',
  description: '一般公共预算财政拨款支出决算表每一行的“小计”应等于基本支出与项目支出之和。',
  basis: '表内恒等式：小计 = 基本支出 + 项目支出（允许尾差）。',
  fix: '核对该行基本支出、项目支出和小计，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T05'],
  identities: (ctx) => rowSums(ctx, 'T05', T.subtotal, [T.basicExpenditure, T.projectExpenditure]),
});
