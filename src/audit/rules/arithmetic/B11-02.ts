import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { hierarchyIdentities } from './lib/budget-coded.js';

export const B11_02 = identityRule({
  id: 'B11-02',
  family: 'arithmetic',
  severity: 'error',
  title: `${tableName('B11')}各栏合计、类、款分别等于其下级之和`,
  description: '国有资本经营预算支出预算表每一栏中，合计应等于各类之和，类应等于其下各款之和，款应等于其下各项之和（功能分类）。',
  basis: '政府收支分类科目的层级关系：上级科目金额等于下级科目之和（允许尾差）。',
  fix: '核对各级科目金额，改正上级合计或下级明细。',
  kinds: BUDGETS,
  tables: ['B11'],
  identities: (ctx) => hierarchyIdentities(ctx, 'B11'),
});
