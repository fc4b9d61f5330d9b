import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { namedParts, rowSumIdentities } from './lib/budget-coded.js';

export const B08_01 = identityRule({
  id: 'B08-01',
  family: 'arithmetic',
  severity: 'error',
  title: `${tableName('B08')}各行合计等于${namedParts('B08')}等各栏之和`,
  description: '一般公共预算基本支出预算表的每一行，合计应等于人员经费、公用经费各栏之和（只核对表中列有数字的栏）。',
  basis: '表内恒等式：每行合计 = 各栏之和（允许尾差）。',
  fix: '核对该行各栏数字，改正合计或分栏数。',
  kinds: BUDGETS,
  tables: ['B08'],
  identities: (ctx) => rowSumIdentities(ctx, 'B08'),
});
