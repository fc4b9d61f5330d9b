import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import { identityRule, type Identity } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { printedRow } from '../../printed-identities.js';
import { at, grandTotal, same } from './lib/budget-tables.js';

export const X_25 = identityRule({
  id: 'X-25',
  family: 'cross-table',
  severity: 'error',
  title: '经济分类的基本支出与功能分类、总表的基本支出一致',
  description: '按经济分类列示的基本支出预算表的合计，应与按功能分类列示的支出预算表合计行的基本支出一致（江苏：与财政拨款收支预算总表中的基本支出一致）。',
  basis: '表间勾稽：基本支出按功能分类与按经济分类两种分法，合计相同。',
  fix: '核对两张表的基本支出，改正不一致的一方。',
  kinds: BUDGETS,
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
