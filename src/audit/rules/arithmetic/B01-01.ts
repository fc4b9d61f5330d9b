import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { incomeIdentities } from './lib/budget-summary.js';

export const B01_01 = identityRule({
  id: 'B01-01',
  family: 'arithmetic',
  severity: 'error',
  title: '收支预算总表收入合计等于各项收入之和',
  description: '收支预算总表收入方：财政拨款收入应等于一般公共预算、政府性基金预算、国有资本经营预算之和，本年收入合计应等于各项收入之和，收入总计应等于本年收入合计加上年结转。',
  basis: '表内恒等式：收入方各项之和等于合计（允许尾差）。',
  fix: '核对收入方各行数字，改正合计或分项数。',
  kinds: BUDGETS,
  tables: ['B01'],
  identities: (ctx) => incomeIdentities(ctx, 'B01'),
});
