// 公开07 政府性基金预算财政拨款收入支出决算表: 本年支出小计 = 基本 + 项目 on every row, the balance rolls
// forward (usually), and every column adds up the classification hierarchy (consistency-rules.md §1 T07).
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { functionHierarchy, rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';

const COLUMNS = [T.openingBalance, T.currentYearIncomeShort, T.expenditureSubtotal, T.expenditureBasic, T.expenditureProject, T.closingBalance];

export const T07_RULES: Rule[] = [
  identityRule({
    id: 'T07-01',
    family: 'arithmetic',
    severity: 'error',
    title: '政府性基金表各行本年支出小计等于基本支出与项目支出之和',
    tables: ['T07'],
    identities: (ctx) => rowSums(ctx, 'T07', T.expenditureSubtotal, [T.expenditureBasic, T.expenditureProject]),
  }),
  identityRule({
    id: 'T07-02',
    family: 'arithmetic',
    // Usually: the public table has no column for mid-year adjustments or money handed back.
    severity: 'warning',
    title: '政府性基金表各行年末结转和结余等于年初结转和结余加本年收入减本年支出',
    tables: ['T07'],
    identities: (ctx) => rowSums(ctx, 'T07', T.closingBalance, [T.openingBalance, T.currentYearIncomeShort], [T.expenditureSubtotal]),
  }),
  identityRule({
    id: 'T07-03',
    family: 'arithmetic',
    severity: 'error',
    title: '政府性基金表各栏合计、类、款分别等于其下级科目之和',
    tables: ['T07'],
    identities: (ctx) => functionHierarchy(ctx, 'T07', COLUMNS),
  }),
];
