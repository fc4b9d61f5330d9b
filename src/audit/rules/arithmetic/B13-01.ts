import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { labelledHierarchy } from '../../printed-identities.js';

export const B13_01 = identityRule({
  id: 'B13-01',
  family: 'arithmetic',
  severity: 'error',
  title: '政府采购预算合计等于各品目、各专项、各采购物品之和',
  description: '政府采购预算表的合计应等于货物、工程、服务之和，各品目应等于其下各专项之和，各专项应等于其下各采购物品之和。',
  basis: '表内恒等式：按品目、专项、物品逐级相加（允许尾差）。',
  fix: '核对各级金额，改正合计或明细。',
  kinds: BUDGETS,
  tables: ['B13'],
  identities: (ctx) => labelledHierarchy(ctx, 'B13', [T.total], T.amount),
});
