import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, type Identity } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { rowName, tableName } from '../../naming.js';
import { at, BY_BUDGET_TYPE, present } from './lib/budget-tables.js';

/**
 * 财政拨款 = 一般公共预算 + 政府性基金预算 (+ 国有资本经营预算) on every function row, when the document prints a
 * table for each budget type that has money; and the general budget's basic spending is part of 财政拨款's on every
 * economic line.
 */
export const X_26 = identityRule({
  id: 'X-26',
  family: 'cross-table',
  severity: 'error',
  title: '财政拨款支出表等于一般公共预算、政府性基金预算等支出表之和',
  description: '财政拨款支出预算表每一功能科目，应等于一般公共预算、政府性基金预算（及国有资本经营预算）支出预算表中该科目之和；一般公共预算基本支出每一经济科目不应超过财政拨款基本支出中的同一科目。',
  basis: '财政拨款由一般公共预算、政府性基金预算和国有资本经营预算拨款构成。',
  fix: '核对各支出表中该科目的金额，改正不一致的一方。',
  kinds: BUDGETS,
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
