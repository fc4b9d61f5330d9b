import { forKinds, type Rule } from '../engine.js';
import { BUDGET_RULES } from './budget/index.js';
import { ARITHMETIC_RULES } from './arithmetic/index.js';
import { CATALOG_RULES } from './catalog/index.js';
import { COMPLETENESS_RULES } from './completeness.js';
import { CROSS_TABLE_RULES } from './cross-table/index.js';
import { DEPARTMENT_NAME_RULE } from './document/department-name.js';
import { NARRATIVE_RULES } from './narrative/index.js';
import { OCR_CONFIDENCE_RULES } from './ocr-confidence.js';
import { PERFORMANCE_RULES } from './performance/index.js';
import { UNREAD_NUMBERS_RULE } from './reading/unread-numbers.js';

/**
 * Every rule, family by family, in the order they are reported in the summary; each declares the kinds of
 * document it applies to (the engine runs a document's own): the 决算's families, the 预算's rules, and the
 * rules about any disclosure (reading, completeness by the kind's own tables, the department's name, OCR).
 */
export const TABLE_RULES: readonly Rule[] = [
  UNREAD_NUMBERS_RULE,
  ...COMPLETENESS_RULES,
  ...forKinds(['final-accounts'], [...ARITHMETIC_RULES, ...CROSS_TABLE_RULES]),
  ...CATALOG_RULES,
  DEPARTMENT_NAME_RULE,
  ...forKinds(['final-accounts'], [...NARRATIVE_RULES, ...PERFORMANCE_RULES]),
  ...BUDGET_RULES,
  ...OCR_CONFIDENCE_RULES,
];
