// 公开05 一般公共预算财政拨款支出决算表: 小计 = 基本支出 + 项目支出 on every row, and every column adds up the
// classification hierarchy (consistency-rules.md §1 T05).
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { functionHierarchy, rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';

export const T05_RULES: Rule[] = [
  identityRule({
    id: 'T05-01',
    family: 'arithmetic',
    severity: 'error',
    title: '一般公共预算财政拨款支出决算表各行小计等于基本支出与项目支出之和',
    tables: ['T05'],
    identities: (ctx) => rowSums(ctx, 'T05', T.subtotal, [T.basicExpenditure, T.projectExpenditure]),
  }),
  identityRule({
    id: 'T05-02',
    family: 'arithmetic',
    severity: 'error',
    title: '一般公共预算财政拨款支出决算表各栏合计、类、款分别等于其下级科目之和',
    tables: ['T05'],
    identities: (ctx) => functionHierarchy(ctx, 'T05', [T.subtotal, T.basicExpenditure, T.projectExpenditure]),
  }),
];
