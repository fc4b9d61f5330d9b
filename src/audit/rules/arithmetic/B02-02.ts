import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { hierarchyIdentities } from './lib/budget-coded.js';

export const B02_02 = identityRule({
  id: 'B02-02',
  family: 'arithmetic',
  severity: 'error',
  title: `${tableName('B02')}各栏合计、类、款分别等于其下级之和`,
  description: '收入预算总表每一栏中，合计应等于各类之和，类、款分别等于其下各款、各项之和；江苏按收入来源列示时，收入总计等于各来源之和，各来源等于其明细之和。',
  basis: '政府收支分类科目的层级关系：上级科目金额等于下级科目之和（允许尾差）。',
  fix: '核对各级科目金额，改正上级合计或下级明细。',
  kinds: BUDGETS,
  tables: ['B02'],
  identities: (ctx) => hierarchyIdentities(ctx, 'B02'),
});
