import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { namedParts, rowSumIdentities } from './lib/budget-coded.js';

export const B02_01 = identityRule({
  id: 'B02-01',
  family: 'arithmetic',
  severity: 'error',
  title: `${tableName('B02')}各行合计等于${namedParts('B02')}等各栏之和`,
  description: '收入预算总表的每一行，合计应等于财政拨款收入、事业收入、事业单位经营收入、其他收入各栏之和（只核对表中列有数字的栏）。',
  basis: '表内恒等式：每行合计 = 各栏之和（允许尾差）。',
  fix: '核对该行各栏数字，改正合计或分栏数。',
  kinds: BUDGETS,
  tables: ['B02'],
  identities: (ctx) => rowSumIdentities(ctx, 'B02'),
});
