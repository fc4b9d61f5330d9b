// 公开08 国有资本经营预算财政拨款支出决算表: 合计 = 基本 + 项目 on every row, and every column adds up the
// classification hierarchy (consistency-rules.md §1 T08-01).
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { functionHierarchy, rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';

export const T08_RULES: Rule[] = [
  identityRule({
    id: 'T08-01',
    family: 'arithmetic',
    severity: 'error',
    title: '国有资本经营预算表各行合计等于基本支出与项目支出之和，各栏上级科目等于下级科目之和',
    tables: ['T08'],
    identities: (ctx) => [
      ...rowSums(ctx, 'T08', T.total, [T.basicExpenditure, T.projectExpenditure]),
      ...functionHierarchy(ctx, 'T08', [T.total, T.basicExpenditure, T.projectExpenditure]),
    ],
  }),
];
