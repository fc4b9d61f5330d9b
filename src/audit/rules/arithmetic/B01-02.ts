import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { expenditureIdentities } from './lib/budget-summary.js';

export const B01_02 = identityRule({
  id: 'B01-02',
  family: 'arithmetic',
  severity: 'error',
  title: '收支预算总表支出合计等于各功能分类、各支出用途之和',
  description: '收支预算总表支出方：本年支出合计应等于各类支出之和，也应等于基本支出、项目支出、单位预留机动经费之和；支出总计应等于本年支出合计加结转下年。',
  basis: '表内恒等式：支出按功能分类、按支出用途两种分法之和都等于合计（允许尾差）。',
  fix: '核对支出方各行数字，改正合计或分项数。',
  kinds: BUDGETS,
  tables: ['B01'],
  identities: (ctx) => expenditureIdentities(ctx, 'B01'),
});
