// 公开03 支出决算表: each row's 本年支出合计 is the sum of the spending types, and every column adds up the
// classification hierarchy (consistency-rules.md §1 T03).
import { TERMS as T } from '../../../model/glossary.js';
import type { Rule } from '../../engine.js';
import { functionHierarchy, rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';

const SPENDING_TYPES = [T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates];

export const T03_RULES: Rule[] = [
  identityRule({
    id: 'T03-01',
    family: 'arithmetic',
    severity: 'error',
    title: '支出决算表各行本年支出合计等于各项支出之和',
    tables: ['T03'],
    identities: (ctx) => rowSums(ctx, 'T03', T.currentYearExpenditure, SPENDING_TYPES),
  }),
  identityRule({
    id: 'T03-02',
    family: 'arithmetic',
    severity: 'error',
    title: '支出决算表各栏合计、类、款分别等于其下级科目之和',
    tables: ['T03'],
    identities: (ctx) => functionHierarchy(ctx, 'T03', [T.currentYearExpenditure, ...SPENDING_TYPES]),
  }),
];
