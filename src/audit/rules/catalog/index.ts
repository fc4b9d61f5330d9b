import type { Rule } from '../../engine.js';
import { CODE_NAME_RULES } from './code-names.js';
import { CODE_SHAPE_RULE } from './code-shape.js';
import { ECONOMIC_LINK_RULE } from './economic-links.js';
import { FUND_CODE_RULE } from './fund-codes.js';
import { ITEM_KIND_RULE } from './item-kinds.js';

/** Classification rules (consistency-rules.md §5, C-01 … C-06). */
export const CATALOG_RULES: readonly Rule[] = [CODE_SHAPE_RULE, ...CODE_NAME_RULES, ITEM_KIND_RULE, ECONOMIC_LINK_RULE, FUND_CODE_RULE].sort((a, b) =>
  a.id.localeCompare(b.id, 'en', { numeric: true }),
);
