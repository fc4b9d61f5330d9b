import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { BUDGET_TYPES, income, SUBJECT } from './lib/t04.js';

export const T04_01 = identityRule({
  id: 'T04-01',
  family: 'arithmetic',
  severity: 'error',
  title: '财政拨款本年收入合计等于三类财政拨款收入之和',
  description: '财政拨款收入支出决算总表中，本年收入合计应等于一般公共预算、政府性基金预算、国有资本经营预算三类财政拨款收入之和。',
  basis: '表内恒等式：本年收入合计 = 三类财政拨款收入之和。',
  fix: '核对三类财政拨款收入和本年收入合计，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: () => [{ subject: SUBJECT, total: income(T.currentYearIncome, `表中${T.currentYearIncome}`), parts: BUDGET_TYPES.map((r) => income(r)) }],
});
