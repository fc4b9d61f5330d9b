import type { Rule } from '../../engine.js';
import { BASIC_EXPENDITURE_RULES } from './basic-expenditure.js';
import { CLASS_RULES } from './classes.js';
import { TOTAL_RULES } from './totals.js';

/** Relations between tables (consistency-rules.md §2, X-01 … X-14). */
export const CROSS_TABLE_RULES: readonly Rule[] = [...TOTAL_RULES, ...CLASS_RULES, ...BASIC_EXPENDITURE_RULES].sort((a, b) =>
  a.id.localeCompare(b.id, 'en', { numeric: true }),
);
