import { TERMS as T } from '../../../model/glossary.js';
import { rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';

export const T07_01 = identityRule({
  id: 'T07-01',
  family: 'arithmetic',
  severity: 'error',
  title: '政府性基金表各行本年支出小计等于基本支出与项目支出之和',
  description: '政府性基金预算财政拨款收入支出决算表每一行的本年支出小计应等于基本支出与项目支出之和。',
  basis: '表内恒等式：本年支出小计 = 基本支出 + 项目支出（允许尾差）。',
  fix: '核对该行各栏数字，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T07'],
  identities: (ctx) => rowSums(ctx, 'T07', T.expenditureSubtotal, [T.expenditureBasic, T.expenditureProject]),
});
