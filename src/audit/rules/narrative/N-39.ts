// The 预算's 情况说明 restates its tables: every budget figure it states for this year (totals, income sources,
// 基本/项目支出, function classes, “三公”, 会议费, 培训费, 机关运行经费, 政府采购) is the figure the tables print.
// Only figures stated as budgets (预算数为, 支出预算, …) are compared: an amount named by no measure word is too
// often a change or a cause in a 预算's 主要原因 clauses ("基本支出增加…缴费等1447.63万元").
// Money compares in 元, exactly up to the rounding of the coarser printing; one unit in the last digit of two
// equally precise printings is a rounding adjustment (warning), as for the 决算 (N-01 …).
import { defineRule, notEvaluable } from '../../engine.js';
import { BUDGETS } from '../../kinds.js';
import { budgetTableRef } from './lib/budget-refs.js';
import { claimsOf, documentUnit, explains, resolved, subjectName } from './lib/claims.js';
import { compareWithTable } from './lib/table-values.js';

const FUNCTION_ITEM = /[（(]\s*[类款项]\s*[)）]/;

export const N_39 = defineRule(
  {
    id: 'N-39',
    family: 'narrative',
    severity: 'error',
    title: '预算情况说明中的预算数与预算表一致',
    description: '预算情况说明中以“预算”列出的金额（收支总计、各项收入、基本支出和项目支出、各类支出、“三公”经费、会议费、培训费、机关运行经费、政府采购等）应与预算表中的同一数字一致。',
    basis: '情况说明应如实反映预算表中的数字。',
    fix: '按预算表改正情况说明中的数字（或核对表中数字是否有误）。',
    kinds: BUDGETS,
  },
  (ctx, rule) => {
    if (!ctx.disclosure.tables.length) return notEvaluable('文件中没有预算表，说明中的数字无法与表核对');
    const unit = documentUnit(ctx);
    const findings = [];
    let checks = 0;
    for (const claim of claimsOf(ctx)) {
      if (!explains(claim) || !resolved(claim) || claim.period !== '本年' || claim.measure !== 'budget') continue;
      // "检察（款）：2018年预算支出合计…": a sentence about a function item; its 支出合计 is the item's measure
      if (!claim.subject.startsWith('功能:') && FUNCTION_ITEM.test(claim.quote)) continue;
      const outcome = compareWithTable(ctx, rule, claim, budgetTableRef(ctx, claim.subject, claim.scope), unit, subjectName(claim));
      if (!outcome) continue;
      checks++;
      if (outcome.finding) findings.push(outcome.finding);
    }
    return { checks, findings };
  },
);
