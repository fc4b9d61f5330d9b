// 机关运行经费 is part of the basic 公用经费 of administrative (and 参公) units under both definitions in use
// (domain README §2.3), so the stated 机关运行经费 does not exceed the 公用经费 (X-15 for the narrative: the
// figures as stated, or as 公开06 prints them).
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, type Rule } from '../../engine.js';
import { claimsOf, documentUnit, explains, sectionName, where } from './claims.js';
import { tableRef, tableValue } from './table-refs.js';
import { claimValue } from './values.js';

export const OPERATING_COST_RULES: Rule[] = [
  defineRule({ id: 'X-15N', family: 'narrative', severity: 'warning', title: '说明中的机关运行经费不超过基本支出中的公用经费' }, (ctx, rule) => {
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
  }),
];
