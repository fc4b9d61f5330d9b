import Big from 'big.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, sameSentence, sectionName, where } from '../narrative/lib/claims.js';
import { claimValue } from '../narrative/lib/values.js';

/**
 * 收入总计 equals 支出总计 every year (T01-05, T04-07), so their changes are equal too: "收入总计增加X，支出总计
 * 增加Y" with X ≠ Y cannot both be right.
 */
export const N_29 = defineRule(
  {
    id: 'N-29',
    family: 'internal',
    severity: 'error',
    title: '收入总计与支出总计的增减额、增减率相同',
    description: '收入总计与支出总计每年相等，所以情况说明中二者的增减额、增减率也应相同。',
    basis: '恒等式：收入总计 = 支出总计，两年都成立，增减也相等。',
    fix: '核对收入总计、支出总计的增减额和增减率，改正写错的一处。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const claims = claimsOf(ctx);
    const unit = documentUnit(ctx);
    const findings = [];
    let checks = 0;
    for (const income of claims.filter(
      (c) => c.subject === T.incomeGrandTotal && (c.measure === 'change' || c.measure === 'change-percent') && c.unit !== '',
    )) {
      const spending = claims.find(
        (c) => c.subject === T.expenditureGrandTotal && c.measure === income.measure && c.scope === income.scope && sameSentence(c, income),
      );
      if (!spending) continue;
      checks++;
      const a = income.measure === 'change' ? claimValue(income, unit)?.amount : new Big(income.value.replace('∞', '0'));
      const b = spending.measure === 'change' ? claimValue(spending, unit)?.amount : new Big(spending.value.replace('∞', '0'));
      if (!a || !b || a.eq(b)) continue;
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(spending)}称收入总计${income.direction}${income.written}，支出总计${spending.direction}${spending.written}：收入总计与支出总计每年相等，两者的增减应相同`,
          location: where(spending),
          expected: income.written,
          actual: spending.written,
          sources: [spending.source, income.source],
        }),
      );
    }
    return { checks, findings };
  },
);
