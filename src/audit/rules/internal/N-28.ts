import Big from 'big.js';
import type { Claim, ClaimScope } from '../../../model/claim.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, nearest, resolved, sameSentence, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, percent, percentMismatch, percentTolerance, type Value } from '../narrative/lib/values.js';

const INCOME_TYPES: readonly string[] = [T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];

const EXPENDITURE_TYPES: readonly string[] = [
  T.basicExpenditure,
  T.projectExpenditure,
  T.remittanceToSuperior,
  T.operatingExpenditure,
  T.subsidyToSubordinates,
];

interface Whole {
  subject: string;
  scope?: ClaimScope | undefined;
}

/** The whole a share is of when the text names none: what such a part is usually a share of. */
function defaultWhole(part: Claim): Whole | undefined {
  const s = part.subject;
  if (s === T.currentYearIncome || INCOME_TYPES.includes(s)) return { subject: T.currentYearIncome, scope: '全部资金' };
  if (EXPENDITURE_TYPES.includes(s)) return { subject: T.currentYearExpenditure, scope: part.scope };
  if (s === T.currentYearExpenditure) return { subject: T.currentYearExpenditure, scope: '全部资金' };
  if (s.startsWith('功能:')) return { subject: T.currentYearExpenditure, scope: part.scope };
  if (s === T.personnelExpenses || s === T.publicExpenses) return { subject: T.basicExpenditure, scope: part.scope };
  if (s.startsWith('三公:')) return { subject: '三公:合计', scope: part.scope };
  if (s.startsWith('政府采购:')) return { subject: '政府采购:合计' };
  return undefined;
}

function wholeOf(share: Claim): Whole | undefined {
  if (share.of) {
    // "占本年支出合计" without a budget type is the whole department's.
    const broad = share.of === T.currentYearExpenditure || share.of === T.currentYearIncome ? '全部资金' : undefined;
    return { subject: share.of, scope: share.ofScope ?? broad };
  }
  if (share.whole) return { subject: share.whole, scope: share.wholeScope };
  return undefined;
}

interface Figure {
  value: Value;
  claim?: Claim;
}

/** A figure stated next to the share (same measure), else printed in the tables. */
function figure(
  ctx: AuditContext,
  claims: readonly Claim[],
  share: Claim,
  subject: string,
  scope: ClaimScope | undefined,
  measure: 'amount' | 'budget',
): Figure | undefined {
  const unit = documentUnit(ctx);
  const stated = nearest(claims, { subject, scope, measures: [measure] }, share, !explains(share));
  const value = stated && claimValue(stated, unit);
  if (stated && value) return { value, claim: stated };
  const reference = explains(share) ? tableRef(subject, scope, measure) : undefined;
  const table = reference && tableValue(ctx, reference);
  return table ? { value: table } : undefined;
}

/** The figure a share breaks down: the part stated just before it in the sentence (the share's own subject). */
function partOf(claims: readonly Claim[], share: Claim): Claim | undefined {
  const index = claims.indexOf(share);
  return claims
    .slice(0, index)
    .findLast((c) => c.subject === share.subject && c.scope === share.scope && (c.measure === 'amount' || c.measure === 'budget') && sameSentence(c, share));
}

export const N_28 = defineRule(
  {
    id: 'N-28',
    family: 'internal',
    severity: 'error',
    title: '说明中的占比等于部分除以整体',
    description: '情况说明中“占××%”的占比，应等于该部分除以整体。',
    basis: '计算关系：占比 = 部分 ÷ 整体 × 100%（按印刷位数四舍五入）。',
    fix: '按对应金额重新计算占比并改正。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const claims = claimsOf(ctx);
    const unit = documentUnit(ctx);
    const findings = [];
    let checks = 0;
    for (const share of claims.filter((c) => c.measure === 'share' && resolved(c) && c.unit === '%')) {
      const partClaim = partOf(claims, share);
      const measure = partClaim?.measure === 'budget' ? 'budget' : 'amount';
      const part: Figure | undefined = partClaim
        ? claimValue(partClaim, unit)
          ? { value: claimValue(partClaim, unit)!, claim: partClaim }
          : undefined
        : figure(ctx, claims, share, share.subject, share.scope, measure);
      const wholeSpec = wholeOf(share) ?? defaultWhole(share);
      const whole = wholeSpec && figure(ctx, claims, share, wholeSpec.subject, wholeSpec.scope, measure);
      if (!part || !whole || part.value.money !== whole.value.money) continue;
      checks++;
      const declared = new Big(share.value);
      if (whole.value.amount.eq(0)) {
        if (declared.eq(0) || part.value.amount.eq(0)) continue;
        findings.push(
          makeFinding(rule, {
            message: `${sectionName(share)}称${subjectName(share)}占${share.written}，但整体${whole.value.shown}为0，无从计算占比`,
            location: where(share),
            actual: share.written,
            sources: [share.source, ...part.value.sources, ...whole.value.sources],
          }),
        );
        continue;
      }
      const computed = percent(part.value.amount, whole.value.amount);
      const tolerance = percentTolerance(share.value, part.value, whole.value);
      const miss = percentMismatch(share, computed, tolerance);
      if (!miss) continue;
      const wholeName = whole.claim ? subjectName(whole.claim) : (wholeSpec?.subject ?? '整体');
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(share)}称${subjectName(share)}占比${share.written}，按${part.value.shown} ÷ ${wholeName}${whole.value.shown}计算应为${miss.shown}%${miss.note}`,
          location: where(share),
          ...miss.figures,
          sources: [share.source, ...part.value.sources, ...whole.value.sources],
        }),
      );
    }
    return { checks, findings };
  },
);
