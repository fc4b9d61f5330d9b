import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, sameSentence, sectionName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, percent, percentTolerance, showPercent } from '../narrative/lib/values.js';

export const N_26 = defineRule(
  {
    id: 'N-26',
    family: 'internal',
    severity: 'error',
    title: '“完成预算”的比例与文件中所称全年预算一致',
    description: '称“完成预算100%”的，应与文件中所称的全年预算数一致。',
    basis: '计算关系：完成预算的比例 = 决算数 ÷ 全年预算数 × 100%。',
    fix: '按全年预算数重新计算完成比例并改正表述。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const unit = documentUnit(ctx);
    const claims = claimsOf(ctx);
    const budgets = claims.filter(
      (c) =>
        c.subject === T.currentYearExpenditure &&
        c.measure === 'budget' &&
        c.period === '本年' &&
        c.unit !== '' &&
        (c.basis === '全年' || (c.basis === '预算' && !explains(c))),
    );
    const budget = budgets[0];
    const budgetValue = budget && claimValue(budget, unit);
    if (!budget || !budgetValue || budgetValue.amount.eq(0)) return { checks: 0, findings: [] };
    // The department's whole spending, as stated or printed.
    const whole = claims.find(
      (c) => explains(c) && c.subject === T.currentYearExpenditure && c.scope === '全部资金' && c.measure === 'amount' && c.unit !== '',
    );
    const reference = tableRef(T.currentYearExpenditure, '全部资金', 'amount');
    const wholeValue = (whole && claimValue(whole, unit)) ?? (reference && tableValue(ctx, reference));
    const findings: Finding[] = [];
    let checks = 0;
    for (const rate of claims.filter((c) => c.measure === 'completion' && c.subject === T.currentYearExpenditure && c.basis !== '年初' && explains(c))) {
      const inSentence = (measure: Claim['measure']) => claims.filter((c) => c.subject === rate.subject && c.measure === measure && sameSentence(c, rate));
      if (inSentence('budget').length > 0) continue;
      const amountClaim = inSentence('amount')[0];
      const amount = amountClaim && claimValue(amountClaim, unit);
      if (!amount || !wholeValue || !amount.amount.eq(wholeValue.amount)) continue;
      checks++;
      const computed = percent(amount.amount, budgetValue.amount);
      if (percentTolerance(rate.value, amount, budgetValue).covers(new Big(rate.value).minus(computed).abs())) continue;
      const shown = showPercent(computed, rate.value);
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(rate)}称支出决算${amountClaim.written}“完成预算${rate.written}”，但${sectionName(budget)}称全年预算${budget.written}，完成率应为${amount.shown} ÷ ${budget.written} = ${shown}%`,
          location: where(rate),
          expected: `${shown}%`,
          actual: rate.written,
          sources: [rate.source, amountClaim.source, budget.source],
        }),
      );
    }
    return { checks, findings };
  },
);
