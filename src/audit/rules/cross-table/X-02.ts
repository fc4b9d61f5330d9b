import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { FISCAL_INCOME, T01, T02 } from './lib/totals.js';

/** 公开02 columns 3–7 and the 公开01 income rows 4–8 that print the same money (the keys coincide). */
const OTHER_INCOME = [T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];

export const X_02 = identityRule({
  id: 'X-02',
  family: 'cross-table',
  severity: 'error',
  title: '收入决算表合计行各栏等于总表对应收入',
  description: '收入决算表合计行各栏（财政拨款收入、上级补助收入、事业收入等）应与收入支出决算总表对应收入相同。',
  basis: '表间勾稽：收入决算表的各收入栏合计 = 总表对应收入行。',
  fix: '核对两张表对应的收入项目，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01', 'T02'],
  identities: () => [
    {
      subject: T.fiscalAppropriationIncome,
      total: term('T02', T.total, T.fiscalAppropriationIncome, `${T02}合计行`),
      parts: FISCAL_INCOME.map(([row]) => term('T01', row, T.amount, `${T01}${row}`)),
    },
    ...OTHER_INCOME.map((row) => ({
      subject: row,
      total: term('T02', T.total, row, `${T02}合计行`),
      parts: [term('T01', row, T.amount, T01)],
    })),
  ],
});
