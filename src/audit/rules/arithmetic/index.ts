import type { Rule } from '../../engine.js';
import { T01_RULES } from './t01-income-expenditure-summary.js';
import { T02_RULES } from './t02-income.js';
import { T03_RULES } from './t03-expenditure.js';
import { T04_RULES } from './t04-fiscal-summary.js';
import { T05_RULES } from './t05-general-budget.js';
import { T06_RULES } from './t06-basic-expenditure.js';
import { T07_RULES } from './t07-government-fund.js';
import { T08_RULES } from './t08-state-capital.js';
import { T09_RULES } from './t09-three-public.js';
import { T10_RULES } from './t10-statistics.js';

/** Within-table identities, table by table (consistency-rules.md §1). */
export const ARITHMETIC_RULES: readonly Rule[] = [
  ...T01_RULES,
  ...T02_RULES,
  ...T03_RULES,
  ...T04_RULES,
  ...T05_RULES,
  ...T06_RULES,
  ...T07_RULES,
  ...T08_RULES,
  ...T09_RULES,
  ...T10_RULES,
];
