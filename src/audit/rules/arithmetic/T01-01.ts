import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { at, inTable, SUBJECT } from './lib/t01.js';

const INCOME_ROWS = [
  T.generalBudgetIncome,
  T.governmentFundIncome,
  T.stateCapitalIncome,
  T.superiorSubsidyIncome,
  T.businessIncome,
  T.operatingIncome,
  T.subordinateRemittanceIncome,
  T.otherIncome,
];

export const T01_01 = identityRule({
  id: 'T01-01',
  family: 'arithmetic',
  severity: 'error',
  title: '本年收入合计等于各项收入之和',
  description: '收入支出决算总表中，“本年收入合计”应等于一般公共预算财政拨款收入、政府性基金预算财政拨款收入等各项收入之和。',
  basis: '表内恒等式：本年收入合计 = 各项收入之和（允许按印刷精度产生的尾差）。',
  fix: '核对各项收入和本年收入合计，改正录入或汇总错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01'],
  identities: () => [{ subject: SUBJECT, total: inTable(T.currentYearIncome), parts: INCOME_ROWS.map((r) => at(r)) }],
});
