import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { BUDGETS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { printedRow } from '../../printed-identities.js';
import { at, grandTotal, same, USES } from './lib/budget-tables.js';

export const X_23 = identityRule({
  id: 'X-23',
  family: 'cross-table',
  severity: 'error',
  title: '收支预算总表的收入、支出合计与收入预算总表、支出预算总表一致',
  description: '收支预算总表的本年收入合计（或收入总计）应与收入预算总表的合计一致；本年支出合计及其基本支出、项目支出、单位预留机动经费应与支出预算总表的合计行一致。',
  basis: '表间勾稽：同一预算的总表与分表列示同一合计。',
  fix: '核对两张表的合计，改正不一致的一方。',
  kinds: BUDGETS,
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
