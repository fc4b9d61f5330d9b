import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, resolved, sameSentence, sectionName, stating, subjectName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, percent, percentMismatch, percentTolerance, type Value } from '../narrative/lib/values.js';

const basisAgrees = (rate: Claim, budget: Claim): boolean =>
  rate.basis === undefined || budget.basis === undefined || rate.basis === '预算' || budget.basis === '预算' || rate.basis === budget.basis;

/** The one figure of this measure stated for the rate's subject in its sentence; undefined when none or several differ. */
function inSentence(claims: readonly Claim[], rate: Claim, measure: 'amount' | 'budget'): Claim | undefined {
  const found = claims.filter(
    (c) =>
      c.subject === rate.subject && c.scope === rate.scope && c.measure === measure && (measure === 'amount' || basisAgrees(rate, c)) && sameSentence(c, rate),
  );
  const values = new Set(found.map((c) => c.value));
  return values.size === 1 ? found[0] : undefined;
}

interface Figure {
  value: Value;
  claim?: Claim;
}

function figure(ctx: AuditContext, claims: readonly Claim[], rate: Claim, measure: 'amount' | 'budget'): Figure | undefined {
  const unit = documentUnit(ctx);
  const own = inSentence(claims, rate, measure);
  if (own) {
    const value = claimValue(own, unit);
    return value ? { value, claim: own } : undefined;
  }
  if (!explains(rate)) return undefined;
  // The same subject in the same section (三公 总体 and 具体 restate each other), else the tables.
  const section = stating(claims, { subject: rate.subject, scope: rate.scope, measures: [measure] }).filter(
    (c) => c.section === rate.section && (measure === 'amount' || basisAgrees(rate, c)),
  );
  if (new Set(section.map((c) => c.value)).size === 1) {
    const value = claimValue(section[0]!, unit);
    if (value) return { value, claim: section[0]! };
  }
  const reference = tableRef(rate.subject, rate.scope, measure);
  const table = reference && tableValue(ctx, reference);
  return table ? { value: table } : undefined;
}

export const N_30 = defineRule(
  {
    id: 'N-30',
    family: 'internal',
    severity: 'error',
    title: '完成预算的比例等于决算数除以预算数',
    description: '“完成预算（年初预算）××%”的比例，应等于决算数除以预算数。',
    basis: '计算关系：完成率 = 决算数 ÷ 预算数 × 100%；预算为零时不应给出比例。',
    fix: '按决算数和预算数重新计算完成率并改正；预算为零的不写比例。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const claims = claimsOf(ctx);
    const findings = [];
    let checks = 0;
    // "完成预算的0.00%" on 0/0 is said once per component, however often the section repeats it.
    const zeroRates = new Set<string>();
    for (const rate of claims.filter((c) => c.measure === 'completion' && c.unit === '%')) {
      if (!resolved(rate)) continue;
      const amount = figure(ctx, claims, rate, 'amount');
      const budget = figure(ctx, claims, rate, 'budget');
      const declared = new Big(rate.value);
      const name = subjectName(rate);
      if (amount && !budget && amount.value.amount.eq(0) && declared.gt(0) && amount.claim && sameSentence(amount.claim, rate)) {
        // Nothing spent cannot complete any budget.
        checks++;
        findings.push(
          makeFinding(rule, {
            message: `${sectionName(rate)}称${name}支出${amount.value.shown}，却“完成${rate.written}”：未发生支出时完成率只能为0`,
            location: where(rate),
            expected: '0%',
            actual: rate.written,
            sources: [rate.source, ...amount.value.sources],
          }),
        );
        continue;
      }
      if (!amount || !budget || amount.value.money !== budget.value.money) continue;
      checks++;
      const sources = [rate.source, ...amount.value.sources, ...budget.value.sources];
      if (budget.value.amount.eq(0)) {
        const nothing = amount.value.amount.eq(0);
        const key = `${rate.section}|${rate.subject}|${rate.scope ?? ''}|${rate.value}`;
        if (nothing && zeroRates.has(key)) continue;
        zeroRates.add(key);
        findings.push(
          makeFinding(rule, {
            ...(nothing ? { severity: 'warning' as const } : {}),
            message: nothing
              ? `${sectionName(rate)}称${name}“完成预算的${rate.written}”，但预算数与决算数均为0（${budget.value.shown} / ${amount.value.shown}），0/0 不应表述为完成率`
              : `${sectionName(rate)}称${name}完成${rate.written}，但预算数为0而决算数为${amount.value.shown}，完成率无从计算`,
            location: where(rate),
            actual: rate.written,
            sources,
          }),
        );
        continue;
      }
      const computed = percent(amount.value.amount, budget.value.amount);
      const tolerance = percentTolerance(rate.value, amount.value, budget.value);
      const miss = percentMismatch(rate, computed, tolerance);
      if (!miss) continue;
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(rate)}称${name}完成${rate.basis === '年初' ? '年初' : ''}预算的${rate.written}，按决算${amount.value.shown} ÷ 预算${budget.value.shown}计算应为${miss.shown}%${miss.note}`,
          location: where(rate),
          ...miss.figures,
          sources,
        }),
      );
    }
    return { checks, findings };
  },
);
