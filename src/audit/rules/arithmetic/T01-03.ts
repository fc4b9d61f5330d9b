import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { at, inTable, SUBJECT } from './lib/t01.js';

export const T01_03 = identityRule({
  id: 'T01-03',
  family: 'arithmetic',
  severity: 'error',
  title: '收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和',
  description: '收入支出决算总表左侧“总计”应等于本年收入合计、使用非财政拨款结余和年初结转和结余之和。',
  basis: '表内恒等式：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余。',
  fix: '核对收入方各行数字，改正总计或各分项。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01'],
  identities: () => [
    { subject: SUBJECT, total: inTable(T.incomeGrandTotal), parts: [at(T.currentYearIncome), at(T.useOfNonFiscalBalance), at(T.openingBalance)] },
  ],
});
