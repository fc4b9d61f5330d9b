import { TERMS as T } from '../../../model/glossary.js';
import { functionHierarchy, rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';

export const T08_01 = identityRule({
  id: 'T08-01',
  family: 'arithmetic',
  severity: 'error',
  title: '国有资本经营预算表各行合计等于基本支出与项目支出之和，各栏上级科目等于下级科目之和',
  description: '国有资本经营预算财政拨款支出决算表每一行的合计应等于基本支出与项目支出之和，每一栏的上级科目应等于下级科目之和。',
  basis: '表内恒等式：合计 = 基本支出 + 项目支出；上级科目 = 下级科目之和。',
  fix: '核对该表各行各栏数字，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T08'],
  identities: (ctx) => [
    ...rowSums(ctx, 'T08', T.total, [T.basicExpenditure, T.projectExpenditure]),
    ...functionHierarchy(ctx, 'T08', [T.total, T.basicExpenditure, T.projectExpenditure]),
  ],
});
