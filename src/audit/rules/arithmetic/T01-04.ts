import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { at, inTable, SUBJECT } from './lib/t01.js';

export const T01_04 = identityRule({
  id: 'T01-04',
  family: 'arithmetic',
  severity: 'error',
  title: '支出总计等于本年支出合计、结余分配与年末结转和结余之和',
  description: '收入支出决算总表右侧“总计”应等于本年支出合计、结余分配和年末结转和结余之和。',
  basis: '表内恒等式：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余。',
  fix: '核对支出方各行数字，改正总计或各分项。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01'],
  identities: () => [
    { subject: SUBJECT, total: inTable(T.expenditureGrandTotal), parts: [at(T.currentYearExpenditure), at(T.balanceDistribution), at(T.closingBalance)] },
  ],
});
