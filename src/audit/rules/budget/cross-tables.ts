// Relations between the 预算's tables: the 收支总表 and the 收入/支出总表 print the same totals; the function
// classes of the 总表 are the classes of the function tables (功能分类 totals against the 总表); 经济分类 基本支出
// equals 功能分类 基本支出; the 财政拨款 tables agree (财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算,
// and what is spent from the general budget is part of what is spent from 财政拨款).
import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import type { Rule } from '../../engine.js';
import { classRows } from '../../generators.js';
import { identityRule, term, type Identity, type Term } from '../../identity.js';
import { rowName, tableName } from '../../naming.js';
import { printedRow } from './identities.js';

const USES = [T.basicExpenditure, T.projectExpenditure, T.reservedFunds];
/** The function tables of each budget type and the column of 财政拨款收支预算总表 that shows it. */
const BY_BUDGET_TYPE: ReadonlyArray<readonly [TableId, string]> = [
  ['B07', T.generalBudget],
  ['B10', T.governmentFundBudget],
  ['B11', T.stateCapitalBudget],
];

const at = (table: TableId, row: string, column: string, label = tableName(table)): Term => term(table, row, column, label);
const same = (subject: string, total: Term, part: Term): Identity => ({ subject, total, parts: [part] });
const present = (ctx: AuditContext, tables: readonly TableId[]) => tables.filter((t) => ctx.hasTable(t));

/** The cell a table prints its grand total in: 江苏's labelled 收入预算总表 has 收入总计, the coded forms a 合计 row. */
function grandTotal(ctx: AuditContext, table: TableId): Term {
  if (table === 'B02' && printedRow(ctx, table, T.incomeGrandTotal, T.amount)) return at(table, T.incomeGrandTotal, T.amount);
  return at(table, T.total, T.total, `${tableName(table)}合计`);
}

export const SUMMARY_TOTALS_RULE: Rule = identityRule({
  id: 'BX-01',
  family: 'cross-table',
  severity: 'error',
  title: '收支预算总表的收入、支出合计与收入预算总表、支出预算总表一致',
  kinds: ['budget'],
  tables: ['B01'],
  identities: (ctx) => {
    const spent = printedRow(ctx, 'B01', T.currentYearExpenditure, T.amount) ? T.currentYearExpenditure : T.expenditureGrandTotal;
    return [
      ...(ctx.hasTable('B02') ? [same(T.incomeGrandTotal, at('B01', T.incomeGrandTotal, T.amount), grandTotal(ctx, 'B02'))] : []),
      ...(ctx.hasTable('B03')
        ? [
            same(spent, at('B01', spent, T.amount), grandTotal(ctx, 'B03')),
            ...USES.filter((u) => printedRow(ctx, 'B01', u, T.amount)).map((u) => same(u, at('B01', u, T.amount), at('B03', T.total, u, `${tableName('B03')}合计行`))),
          ]
        : []),
    ];
  },
});

/** Each class of the total table equals the class in a function table (a class printed in one only is compared with a blank). */
function classesAgree(ctx: AuditContext, summary: TableId, column: string, table: TableId, tableColumn: string): Identity[] {
  const classes = [...new Set([...classRows(ctx, summary), ...classRows(ctx, table)])];
  return classes.map((code) => ({
    subject: `${rowName(ctx, table, code)}（${tableName(summary)}「${column}」栏与${tableName(table)}）`,
    total: at(summary, code, column),
    parts: [at(table, code, tableColumn)],
    enumerates: table,
  }));
}

export const FUNCTION_CLASSES_RULE: Rule = identityRule({
  id: 'BX-02',
  family: 'cross-table',
  severity: 'error',
  title: '功能分类各类支出与收支总表一致',
  kinds: ['budget'],
  tables: [],
  identities: (ctx) => {
    const identities: Identity[] = [];
    // 上海 prints 支出预算总表 by function: its classes are the 收支总表's
    if (ctx.hasTable('B01') && ctx.rowsRead('B03').some((r) => /^\d{3}$/.test(r))) identities.push(...classesAgree(ctx, 'B01', T.amount, 'B03', T.total));
    if (!ctx.hasTable('B04')) return identities;
    for (const [table, column] of BY_BUDGET_TYPE) {
      if (!ctx.hasTable(table)) continue;
      if (classRows(ctx, 'B04').length) identities.push(...classesAgree(ctx, 'B04', column, table, T.total));
      if (printedRow(ctx, 'B04', T.expenditureGrandTotal, column)) identities.push(same(column, at('B04', T.expenditureGrandTotal, column, `${tableName('B04')}支出总计`), grandTotal(ctx, table)));
    }
    // 江苏: the 财政拨款 function table adds up to the 财政拨款 total
    if (ctx.hasTable('B05')) identities.push(same(T.fiscalAppropriation, at('B04', T.expenditureGrandTotal, T.total, `${tableName('B04')}支出总计`), grandTotal(ctx, 'B05')));
    return identities;
  },
});

export const BASIC_EXPENDITURE_RULE: Rule = identityRule({
  id: 'BX-03',
  family: 'cross-table',
  severity: 'error',
  title: '经济分类的基本支出与功能分类、总表的基本支出一致',
  kinds: ['budget'],
  tables: [],
  identities: (ctx) => {
    const basic = (table: TableId, economic: TableId): Identity[] =>
      ctx.hasTable(economic) && printedRow(ctx, table, T.total, T.basicExpenditure)
        ? [same(T.basicExpenditure, at(table, T.total, T.basicExpenditure, `${tableName(table)}合计行基本支出`), grandTotal(ctx, economic))]
        : [];
    return [
      ...basic('B07', 'B08'),
      ...basic('B05', 'B06'),
      // 江苏: 财政拨款收支预算总表 prints the 财政拨款 basic spending by use
      ...(ctx.hasTable('B06') && printedRow(ctx, 'B04', T.basicExpenditure, T.total)
        ? [same(T.basicExpenditure, at('B04', T.basicExpenditure, T.total, `${tableName('B04')}基本支出`), grandTotal(ctx, 'B06'))]
        : []),
    ];
  },
});

/**
 * 财政拨款 = 一般公共预算 + 政府性基金预算 (+ 国有资本经营预算) on every function row, when the document prints a
 * table for each budget type that has money; and the general budget's basic spending is part of 财政拨款's on every
 * economic line.
 */
export const FISCAL_TABLES_RULE: Rule = identityRule({
  id: 'BX-04',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款支出表等于一般公共预算、政府性基金预算等支出表之和',
  kinds: ['budget'],
  tables: ['B05'],
  identities: (ctx) => {
    const tables = present(ctx, BY_BUDGET_TYPE.map(([t]) => t));
    // a budget type with money in 财政拨款收支预算总表 but no table of its own: the sum cannot be formed
    const missing = BY_BUDGET_TYPE.some(([table, row]) => !ctx.hasTable(table) && ctx.disclosure.facts.some((f) => f.table === 'B04' && f.row === row && Number(f.value) !== 0));
    const identities: Identity[] = [];
    if (tables.length && !missing) {
      const rows = [...new Set([T.total, ...ctx.rowsRead('B05'), ...tables.flatMap((t) => ctx.rowsRead(t))])];
      for (const row of rows) {
        identities.push({
          subject: `${tableName('B05')} ${rowName(ctx, 'B05', row)}`,
          total: at('B05', row, T.total),
          parts: tables.map((t) => at(t, row, T.total)),
          enumerates: 'B05',
        });
      }
    }
    if (ctx.hasTable('B06') && ctx.hasTable('B08')) {
      const codes = [...new Set([T.total, ...ctx.rowsRead('B08')])];
      for (const code of codes) {
        identities.push({ subject: `${rowName(ctx, 'B08', code)}（一般公共预算基本支出不超过财政拨款基本支出）`, total: at('B06', code, T.total), parts: [at('B08', code, T.total)], relation: 'atMost' });
      }
    }
    return identities;
  },
});
