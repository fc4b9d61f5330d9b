import { TERMS as T } from '../../../model/glossary.js';
import { functionHierarchy } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { INCOME_TYPES } from './lib/t02.js';

export const T02_02 = identityRule({
  id: 'T02-02',
  family: 'arithmetic',
  severity: 'error',
  title: '收入决算表各栏合计、类、款分别等于其下级科目之和',
  description: '收入决算表每一栏中，合计应等于各类之和，类等于其下各款之和，款等于其下各项之和。',
  basis: '科目层级恒等式：上级科目 = 下级科目之和；功能分类应公开到项级（预算法实施条例）。',
  fix: '核对该科目及其下级科目的数字，补列漏掉的下级科目或改正金额。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T02'],
  identities: (ctx) => functionHierarchy(ctx, 'T02', [T.currentYearIncome, ...INCOME_TYPES]),
});
