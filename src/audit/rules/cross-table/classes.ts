// Figures that two tables print for the same function code and the
// 一般公共预算 ⊆ all funds relation between 公开05 and 公开03. A class printed on one side only is
// compared with 0. consistency-rules.md §2.
import Big from 'big.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import type { Rule } from '../../engine.js';
import { classRows } from '../../generators.js';
import { identityRule, term, type Identity, type Term } from '../../identity.js';
import { rowName, tableName } from '../../naming.js';
import { openingBalanceOf } from '../arithmetic/t04-fiscal-summary.js';

interface Side {
  table: TableId;
  column: string;
}

const union = (...lists: string[][]): string[] => [...new Set(lists.flat())].sort();

const label = (side: Side): string => `${tableName(side.table)}${side.column}`;

/** `a[row] = b[row]` for each row: the same amount printed in two tables. */
function samePerRow(ctx: AuditContext, rows: readonly string[], a: Side, b: Side): Identity[] {
  return rows.map((row) => ({
    subject: rowName(ctx, b.table, row),
    total: term(a.table, row, a.column, label(a)),
    parts: [term(b.table, row, b.column, label(b))],
  }));
}

/** Whether 公开04 tells the 政府性基金 part of 年初结转: its by-type rows are printed, or there is no 年初结转 at all. */
function openingSplitKnown(ctx: AuditContext): boolean {
  const printed = (row: string) => ctx.fact({ table: 'T04', row, column: T.amount });
  const total = printed(T.fiscalOpeningBalance);
  const split = [T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation].some((b) => printed(openingBalanceOf(b)));
  return split || total === undefined || new Big(total.value).eq(0);
}

const T01_AMOUNT: Side = { table: 'T01', column: T.amount };
const T03_TOTAL: Side = { table: 'T03', column: T.currentYearExpenditure };
const T04_GENERAL: Side = { table: 'T04', column: T.generalBudgetAppropriation };
const T04_FUND: Side = { table: 'T04', column: T.governmentFundAppropriation };
const T05_SUBTOTAL: Side = { table: 'T05', column: T.subtotal };
const T07_SPENT: Side = { table: 'T07', column: T.expenditureSubtotal };

export const CLASS_RULES: Rule[] = [
  identityRule({
    id: 'X-04',
    family: 'cross-table',
    severity: 'error',
    title: '总表各类支出等于支出决算表对应类的本年支出合计',
    tables: ['T01', 'T03'],
    identities: (ctx) => samePerRow(ctx, union(classRows(ctx, 'T01'), classRows(ctx, 'T03')), T01_AMOUNT, T03_TOTAL),
  }),
  identityRule({
    id: 'X-05',
    family: 'cross-table',
    // Usually: income by function equals spending by function only when no money is carried over.
    severity: 'warning',
    title: '收入决算表与支出决算表各科目金额一致',
    tables: ['T02', 'T03'],
    identities: (ctx) =>
      samePerRow(
        ctx,
        union([...ctx.rows('T02')], [...ctx.rows('T03')]),
        { table: 'T02', column: T.currentYearIncome },
        T03_TOTAL,
      ),
  }),
  identityRule({
    id: 'X-08',
    family: 'cross-table',
    severity: 'error',
    title: '财政拨款总表一般公共预算财政拨款支出等于一般公共预算财政拨款支出决算表',
    tables: ['T04', 'T05'],
    identities: (ctx) => [
      {
        subject: T.currentYearExpenditure,
        total: term('T04', T.currentYearExpenditure, T.generalBudgetAppropriation, label(T04_GENERAL)),
        parts: [term('T05', T.total, T.subtotal, `${tableName('T05')}合计`)],
      },
      ...samePerRow(ctx, union(classRows(ctx, 'T04'), classRows(ctx, 'T05')), T04_GENERAL, T05_SUBTOTAL),
    ],
  }),
  identityRule({
    id: 'X-09',
    family: 'cross-table',
    severity: 'error',
    title: '财政拨款总表政府性基金预算财政拨款收支等于政府性基金预算财政拨款收入支出决算表',
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
  }),
  identityRule({
    id: 'X-10',
    family: 'cross-table',
    severity: 'error',
    title: '财政拨款总表国有资本经营预算财政拨款支出等于国有资本经营预算财政拨款支出决算表',
    tables: ['T04', 'T08'],
    identities: () => [
      {
        subject: T.currentYearExpenditure,
        total: term('T04', T.currentYearExpenditure, T.stateCapitalAppropriation, `${tableName('T04')}${T.stateCapitalAppropriation}`),
        parts: [term('T08', T.total, T.total, `${tableName('T08')}合计`)],
      },
    ],
  }),
  identityRule({
    id: 'X-12',
    family: 'cross-table',
    severity: 'error',
    title: '一般公共预算财政拨款支出不超过全部资金支出（逐科目逐栏）',
    tables: ['T03', 'T05'],
    identities: (ctx) =>
      ctx.rows('T05').flatMap((row) =>
        (
          [
            [T.subtotal, T.currentYearExpenditure],
            [T.basicExpenditure, T.basicExpenditure],
            [T.projectExpenditure, T.projectExpenditure],
          ] as const
        ).map(([general, all]) => ({
          subject: rowName(ctx, 'T05', row),
          total: term('T03', row, all, `${tableName('T03')}${all}`),
          parts: [term('T05', row, general, `${tableName('T05')}${general}`)],
          relation: 'atMost' as const,
        })),
      ),
  }),
];
