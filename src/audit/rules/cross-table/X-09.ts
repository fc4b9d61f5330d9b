import Big from 'big.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { AuditContext } from '../../context.js';
import { classRows } from '../../generators.js';
import { identityRule, term, type Term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { openingBalanceOf } from '../arithmetic/lib/t04.js';
import { label, samePerRow, type Side, union } from './lib/classes.js';

/** Whether 公开04 tells the 政府性基金 part of 年初结转: its by-type rows are printed, or there is no 年初结转 at all. */
function openingSplitKnown(ctx: AuditContext): boolean {
  const printed = (row: string) => ctx.fact({ table: 'T04', row, column: T.amount });
  const total = printed(T.fiscalOpeningBalance);
  const split = [T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation].some((b) => printed(openingBalanceOf(b)));
  return split || total === undefined || new Big(total.value).eq(0);
}

const T04_FUND: Side = { table: 'T04', column: T.governmentFundAppropriation };

const T07_SPENT: Side = { table: 'T07', column: T.expenditureSubtotal };

export const X_09 = identityRule({
  id: 'X-09',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款总表政府性基金预算财政拨款收支等于政府性基金预算财政拨款收入支出决算表',
  description: '财政拨款收入支出决算总表中的政府性基金预算财政拨款收入、支出和年初结转应与政府性基金预算财政拨款收入支出决算表一致。',
  basis: '表间勾稽：同一笔政府性基金预算资金在两张表中列示应一致。',
  fix: '核对两张表中政府性基金的收入、支出、结转，改正不一致的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04', 'T07'],
  identities: (ctx) => {
    const fundTotal = (column: string): Term => term('T07', T.total, column, `${tableName('T07')}合计行${column}`);
    return [
      {
        subject: T.currentYearExpenditure,
        total: term('T04', T.currentYearExpenditure, T.governmentFundAppropriation, label(T04_FUND)),
        parts: [fundTotal(T.expenditureSubtotal)],
      },
      {
        subject: T.governmentFundAppropriation,
        total: term('T04', T.governmentFundAppropriation, T.amount, `${tableName('T04')}收入`),
        parts: [fundTotal(T.currentYearIncomeShort)],
      },
      ...(openingSplitKnown(ctx)
        ? [
            {
              subject: T.fiscalOpeningBalance,
              total: term('T04', openingBalanceOf(T.governmentFundAppropriation), T.amount, `${tableName('T04')}其中${T.governmentFundAppropriation}`),
              parts: [fundTotal(T.openingBalance)],
            },
          ]
        : []),
      ...samePerRow(ctx, union(classRows(ctx, 'T04'), classRows(ctx, 'T07')), T04_FUND, T07_SPENT),
    ];
  },
});
