import type { Rule } from '../../engine.js';
import { BUDGET_COMPLETION_RULES } from './budget-completion.js';
import { CHANGE_RULES } from './changes.js';
import { COMPLETION_RULES } from './completion.js';
import { COMPONENT_RULES } from './components.js';
import { FISCAL_DELTA_RULES } from './fiscal-deltas.js';
import { ITEM_NAME_RULES } from './item-names.js';
import { OPERATING_COST_RULES } from './operating-cost.js';
import { RESTATED_RULES } from './restated.js';
import { SHARE_RULES } from './shares.js';
import { TABLE_VALUE_RULES } from './table-values.js';
import { TOTALS_IDENTITY_RULES } from './totals-identity.js';
import { UNIT_RULES } from './units.js';
import { UNRESOLVED_RULES } from './unresolved.js';
import { VEHICLE_RULES } from './vehicles.js';
import { YEAR_RULES } from './year.js';

/**
 * The 情况说明 against the tables (family `narrative`) and against itself (family `internal`):
 * consistency-rules.md §3 N-01 … N-27 and … X-21.
 */
export const NARRATIVE_RULES: readonly Rule[] = [
  ...TABLE_VALUE_RULES,
  ...SHARE_RULES,
  ...CHANGE_RULES,
  ...COMPLETION_RULES,
  ...COMPONENT_RULES,
  ...RESTATED_RULES,
  ...FISCAL_DELTA_RULES,
  ...TOTALS_IDENTITY_RULES,
  ...BUDGET_COMPLETION_RULES,
  ...VEHICLE_RULES,
  ...OPERATING_COST_RULES,
  ...ITEM_NAME_RULES,
  ...UNIT_RULES,
  ...YEAR_RULES,
  ...UNRESOLVED_RULES,
];
