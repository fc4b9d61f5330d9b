import { TERMS as T } from '../../../model/glossary.js';
import { classRows } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { rowName } from '../../naming.js';
import { BUDGET_TYPES, spent, SUBJECT } from './lib/t04.js';

export const T04_04 = identityRule({
  id: 'T04-04',
  family: 'arithmetic',
  severity: 'error',
  title: '财政拨款支出各行合计等于三类财政拨款之和',
  description: '财政拨款收入支出决算总表支出方每一行的“合计”应等于一般公共预算、政府性基金预算、国有资本经营预算三栏之和。',
  basis: '表内恒等式：每行合计 = 三类财政拨款之和。',
  fix: '核对该行各栏数字，改正合计或分栏数。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: (ctx) =>
    [...classRows(ctx, 'T04'), T.currentYearExpenditure, T.fiscalClosingBalance, T.expenditureGrandTotal].map((row) => ({
      subject: `${SUBJECT} ${rowName(ctx, 'T04', row)}`,
      total: spent(row, T.total, `表中${T.total}`),
      parts: BUDGET_TYPES.map((b) => spent(row, b, b)),
    })),
});
