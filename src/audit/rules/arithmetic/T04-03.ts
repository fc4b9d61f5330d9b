import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { income, SUBJECT } from './lib/t04.js';

export const T04_03 = identityRule({
  id: 'T04-03',
  family: 'arithmetic',
  severity: 'error',
  title: '财政拨款收入总计等于本年收入合计与年初财政拨款结转和结余之和',
  description: '财政拨款收入支出决算总表左侧总计应等于本年收入合计与年初财政拨款结转和结余之和。',
  basis: '表内恒等式：收入总计 = 本年收入合计 + 年初财政拨款结转和结余。',
  fix: '核对收入方各行数字，改正总计或分项。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: () => [
    { subject: SUBJECT, total: income(T.incomeGrandTotal, `表中${T.incomeGrandTotal}`), parts: [income(T.currentYearIncome), income(T.fiscalOpeningBalance)] },
  ],
});
