import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { balanceIdentities } from './lib/budget-summary.js';

export const B01_03 = identityRule({
  id: 'B01-03',
  family: 'arithmetic',
  severity: 'error',
  title: '收支预算总表收支平衡：收入总计等于支出总计',
  description: '收支预算总表的收入总计应等于支出总计。',
  basis: '部门预算收支平衡（《预算法》第十二条）：收支总表两方总计相等。',
  fix: '核对两方总计及其各项，改正不平衡的数字。',
  kinds: BUDGETS,
  tables: ['B01'],
  identities: () => balanceIdentities('B01'),
});
