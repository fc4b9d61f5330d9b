import { TERMS as T } from '../../../model/glossary.js';
import { classRows } from '../../generators.js';
import { identityRule, type Identity } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { printedRow } from '../../printed-identities.js';
import { at, BY_BUDGET_TYPE, classesAgree, grandTotal, same } from './lib/budget-tables.js';

export const X_24 = identityRule({
  id: 'X-24',
  family: 'cross-table',
  severity: 'error',
  title: '功能分类各类支出与收支总表一致',
  description: '收支预算总表、财政拨款收支预算总表中每一类支出，应与支出预算总表、一般公共预算（政府性基金预算、国有资本经营预算）支出预算表中该类的金额一致；各功能分类表的合计应与财政拨款收支预算总表的支出总计一致。',
  basis: '表间勾稽：按功能分类的支出在总表与分表中应一致。',
  fix: '核对该类在各表中的金额，改正不一致的一方。',
  kinds: BUDGETS,
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
