import { TERMS as T } from '../../../model/glossary.js';
import { functionHierarchy } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';

const COLUMNS = [T.openingBalance, T.currentYearIncomeShort, T.expenditureSubtotal, T.expenditureBasic, T.expenditureProject, T.closingBalance];

export const T07_03 = identityRule({
  id: 'T07-03',
  family: 'arithmetic',
  severity: 'error',
  title: '政府性基金表各栏合计、类、款分别等于其下级科目之和',
  description: '政府性基金预算财政拨款收入支出决算表每一栏中，合计等于各类之和，类等于其下各款之和，款等于其下各项之和。',
  basis: '科目层级恒等式：上级科目 = 下级科目之和。',
  fix: '核对该科目及其下级科目的数字，改正错误或补列漏掉的科目。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T07'],
  identities: (ctx) => functionHierarchy(ctx, 'T07', COLUMNS),
});
