import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, sectionName, where } from './lib/claims.js';
import { tableRef, tableValue } from './lib/table-refs.js';
import { claimValue } from './lib/values.js';

export const X_22 = defineRule(
  {
    id: 'X-22',
    family: 'narrative',
    severity: 'warning',
    title: '说明中的机关运行经费不超过基本支出中的公用经费',
    description: '情况说明中的机关运行经费通常不超过基本支出中的公用经费。',
    basis: '通常成立：机关运行经费是行政单位（含参公事业单位）基本支出公用经费的一部分。',
    fix: '核对情况说明中机关运行经费的口径和金额。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const unit = documentUnit(ctx);
    const claims = claimsOf(ctx).filter((c) => explains(c) && c.measure === 'amount' && c.period === '本年');
    const operating = claims.find((c) => c.subject === T.institutionOperatingCost);
    const publicClaim = claims.find((c) => c.subject === T.publicExpenses && (c.scope === undefined || c.scope === '一般公共预算'));
    const operatingValue = operating && claimValue(operating, unit);
    const stated = publicClaim && claimValue(publicClaim, unit);
    const reference = tableRef(T.publicExpenses, '一般公共预算', 'amount');
    const publicValue = stated ?? (reference && tableValue(ctx, reference));
    if (!operating || !operatingValue || !publicValue) return { checks: 0, findings: [] };
    if (operatingValue.amount.lte(publicValue.amount)) return { checks: 1, findings: [] };
    return {
      checks: 1,
      findings: [
        makeFinding(rule, {
          message: `${sectionName(operating)}称机关运行经费${operating.written}，超过基本支出中的公用经费${publicValue.shown}（机关运行经费是行政单位公用经费的一部分）`,
          location: where(operating),
          expected: `≤ ${publicValue.shown}`,
          actual: operating.written,
          sources: [operating.source, ...publicValue.sources],
        }),
      ],
    };
  },
);
