// A 决算's prior-year figures and its "与上年相比增加（减少）X，增长（下降）Y%" against the previous year's 决算 of the
// same department (lib/year-over-year.ts).
import { defineRule, INCOMPLETE_READING, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { documentName, missing, previousYear } from './lib/counterparts.js';
import { FINAL_ACCOUNTS_BOOK } from './lib/figures.js';
import { checkYearOverYear } from './lib/year-over-year.js';

export const Y_02 = defineRule(
  {
    id: 'Y-02',
    family: 'cross-document',
    severity: 'warning',
    title: '决算中的上年数和比上年增减与上年决算一致',
    description:
      '决算情况说明中写的上年数，以及“与上年相比增加（减少）……，增长（下降）……%”所依据的上年数（本年数减去增减额），应与同一部门上一年度公开的决算中的同一数字一致。',
    basis: '上年数就是上年公开的决算数：上年数 = 本年数 − 增减额，增减率 = 增减额 ÷ 上年数。上年口径因机构改革等调整时可以不同，但应说明，所以不一致时作警告。',
    fix: '按上一年度公开的决算改正上年数、增减额和增减率；上年数按新口径调整过的，在情况说明中写明调整的原因和口径。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const previous = previousYear(ctx);
    if (!previous) return notEvaluable(missing(ctx, 'previous'));
    const { checks, findings, unread } = checkYearOverYear(ctx, previous, FINAL_ACCOUNTS_BOOK, rule);
    if (!checks && unread) return notEvaluable(`${INCOMPLETE_READING}：本文件或${documentName(previous.ref)}中要核对的数字未能读取`);
    return { checks, findings };
  },
);
