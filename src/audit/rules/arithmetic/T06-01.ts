import { economicHierarchy } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { COLUMNS } from './lib/t06.js';

export const T06_01 = identityRule({
  id: 'T06-01',
  family: 'arithmetic',
  severity: 'error',
  title: '基本支出明细表各经济分类类级科目等于其款级科目之和',
  description: '一般公共预算财政拨款基本支出决算明细表中，每个经济分类类级科目应等于其下各款级科目之和。',
  basis: '科目层级恒等式：经济分类类 = 其下各款之和（允许尾差）。',
  fix: '核对该类及其下各款的数字，改正错误或补列漏掉的款。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T06'],
  identities: (ctx) => COLUMNS.flatMap((column) => economicHierarchy(ctx, column)),
});
