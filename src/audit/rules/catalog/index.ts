import { forKinds, type Rule } from '../../engine.js';
import { CODE_NAME_RULES } from './code-names.js';
import { CODE_SHAPE_RULE } from './code-shape.js';
import { ECONOMIC_LINK_RULE } from './economic-links.js';
import { FUND_CODE_RULE } from './fund-codes.js';
import { ITEM_KIND_RULE } from './item-kinds.js';

/**
 * Classification rules (consistency-rules.md §5, C-01 … C-06): code shapes and names hold in any kind's coded
 * tables; the links between 公开03/05/06 lines are the 决算's.
 */
export const CATALOG_RULES: readonly Rule[] = [CODE_SHAPE_RULE, ...CODE_NAME_RULES, ...forKinds(['final-accounts'], [ITEM_KIND_RULE, ECONOMIC_LINK_RULE, FUND_CODE_RULE])].sort((a, b) =>
  a.id.localeCompare(b.id, 'en', { numeric: true }),
);
