import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { namedParts, rowSumIdentities } from './lib/budget-coded.js';

export const B05_01 = identityRule({
  id: 'B05-01',
  family: 'arithmetic',
  severity: 'error',
  title: `${tableName('B05')}各行合计等于${namedParts('B05')}等各栏之和`,
  description: '财政拨款支出预算表的每一行，合计应等于基本支出、项目支出各栏之和（只核对表中列有数字的栏）。',
  basis: '表内恒等式：每行合计 = 各栏之和（允许尾差）。',
  fix: '核对该行各栏数字，改正合计或分栏数。',
  kinds: BUDGETS,
  tables: ['B05'],
  identities: (ctx) => rowSumIdentities(ctx, 'B05'),
});
