import { TERMS as T } from '../../../model/glossary.js';
import { classRows } from '../../generators.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { label, samePerRow, type Side, union } from './lib/classes.js';

const T04_GENERAL: Side = { table: 'T04', column: T.generalBudgetAppropriation };

const T05_SUBTOTAL: Side = { table: 'T05', column: T.subtotal };

export const X_08 = identityRule({
  id: 'X-08',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款总表一般公共预算财政拨款支出等于一般公共预算财政拨款支出决算表',
  description: '财政拨款收入支出决算总表中的一般公共预算财政拨款支出（合计及各类）应与一般公共预算财政拨款支出决算表一致。',
  basis: '表间勾稽：同一笔一般公共预算支出在两张表中列示应一致。',
  fix: '核对两张表合计及各类的金额，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04', 'T05'],
  identities: (ctx) => [
    {
      subject: T.currentYearExpenditure,
      total: term('T04', T.currentYearExpenditure, T.generalBudgetAppropriation, label(T04_GENERAL)),
      parts: [term('T05', T.total, T.subtotal, `${tableName('T05')}合计`)],
    },
    ...samePerRow(ctx, union(classRows(ctx, 'T04'), classRows(ctx, 'T05')), T04_GENERAL, T05_SUBTOTAL),
  ],
});
