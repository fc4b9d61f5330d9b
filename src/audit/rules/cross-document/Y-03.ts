// A 预算's "比上年预算增加（减少）X，增长（下降）Y%" against the previous year's published 预算 of the same department
// (lib/year-over-year.ts).
import { defineRule, INCOMPLETE_READING, notEvaluable } from '../../engine.js';
import { BUDGETS } from '../../kinds.js';
import { documentName, missing, previousYear } from './lib/counterparts.js';
import { BUDGET_BOOK } from './lib/figures.js';
import { checkYearOverYear } from './lib/year-over-year.js';

export const Y_03 = defineRule(
  {
    id: 'Y-03',
    family: 'cross-document',
    severity: 'warning',
    title: '预算中的比上年增减与上年预算一致',
    description:
      '预算情况说明中“比上年（预算）增加（减少）……，增长（下降）……%”所依据的上年数（本年预算数减去增减额），应与同一部门上一年度公开的预算中的同一数字一致。',
    basis: '比上年增减是与上年公开的预算相比：上年数 = 本年预算数 − 增减额，增减率 = 增减额 ÷ 上年数。上年口径因机构改革等调整时可以不同，但应说明，所以不一致时作警告。',
    fix: '按上一年度公开的预算改正增减额和增减率；与调整后的上年口径相比的，在情况说明中写明口径和原因。',
    kinds: BUDGETS,
  },
  (ctx, rule) => {
    const previous = previousYear(ctx);
    if (!previous) return notEvaluable(missing(ctx, 'previous'));
    const { checks, findings, unread } = checkYearOverYear(ctx, previous, BUDGET_BOOK, rule);
    if (!checks && unread) return notEvaluable(`${INCOMPLETE_READING}：本文件或${documentName(previous.ref)}中要核对的数字未能读取`);
    return { checks, findings };
  },
);
