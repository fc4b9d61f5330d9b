import type { Rule } from '../../engine.js';
import { CODED_TABLE_RULES, PROCUREMENT_RULE, THREE_PUBLIC_RULE } from './coded-tables.js';
import { BASIC_EXPENDITURE_RULE, FISCAL_TABLES_RULE, FUNCTION_CLASSES_RULE, SUMMARY_TOTALS_RULE } from './cross-tables.js';
import { BUDGET_EMPTY_TABLE_RULE } from './empty-tables.js';
import { BUDGET_NARRATIVE_VALUES_RULE } from './narrative-values.js';
import { BALANCE_RULES, SUMMARY_EXPENDITURE_RULES } from './summary-expenditure.js';
import { SUMMARY_INCOME_RULES } from './summary-income.js';

/** The 预算's own rules: within its tables, between them, and its completeness. */
export const BUDGET_RULES: readonly Rule[] = [
  BUDGET_EMPTY_TABLE_RULE,
  ...SUMMARY_INCOME_RULES,
  ...SUMMARY_EXPENDITURE_RULES,
  ...BALANCE_RULES,
  ...CODED_TABLE_RULES,
  THREE_PUBLIC_RULE,
  PROCUREMENT_RULE,
  SUMMARY_TOTALS_RULE,
  FUNCTION_CLASSES_RULE,
  BASIC_EXPENDITURE_RULE,
  FISCAL_TABLES_RULE,
  BUDGET_NARRATIVE_VALUES_RULE,
];
