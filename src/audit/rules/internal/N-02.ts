import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, nearest, resolved, sameSentence, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, inUnitOf, percent, percentMismatch, percentTolerance, type Value } from '../narrative/lib/values.js';

/** The amount change a rate belongs to: the last change of the same subject and scope in the sentence. */
function changeOf(claims: readonly Claim[], rate: Claim): Claim | undefined {
  const index = claims.indexOf(rate);
  return claims
    .slice(0, index)
    .findLast((c) => c.measure === 'change' && c.subject === rate.subject && c.scope === rate.scope && c.unit !== '' && sameSentence(c, rate));
}

/** This year's value: stated in the narrative (sentence, section, 情况说明), else printed in the tables. */
function currentOf(ctx: AuditContext, claims: readonly Claim[], rate: Claim): { value: Value; claim?: Claim } | undefined {
  const stated = nearest(claims, { subject: rate.subject, scope: rate.scope, measures: ['amount'] }, rate, !explains(rate));
  const value = stated && claimValue(stated, documentUnit(ctx));
  if (stated && value) return { value, claim: stated };
  const reference = explains(rate) ? tableRef(rate.subject, rate.scope, 'amount') : undefined;
  const table = reference && tableValue(ctx, reference);
  return table ? { value: table } : undefined;
}

export const N_02 = defineRule(
  {
    id: 'N-02',
    family: 'internal',
    severity: 'error',
    title: '增减率等于增减额除以上年数（上年为零时不得给出增减率）',
    description: '情况说明中“比上年增加（减少）××元，增长（下降）××%”的增减率，应等于增减额除以上年数；上年为零时不应给出增减率（给出的作警告，印出“∞%”的作错误）。',
    basis: '计算关系：上年数 = 本年数 − 增减额，增减率 = 增减额 ÷ 上年数 × 100%。',
    fix: '按本年数和增减额重新计算增减率；上年为零的写“新增”，不写增减率。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const claims = claimsOf(ctx);
    const unit = documentUnit(ctx);
    const findings = [];
    let checks = 0;
    for (const rate of claims.filter((c) => c.measure === 'change-percent' && resolved(c) && c.unit === '%')) {
      const change = changeOf(claims, rate);
      const delta = change && claimValue(change, unit);
      const current = currentOf(ctx, claims, rate);
      if (!change || !delta || !current || delta.money !== current.value.money) continue;
      checks++;
      const prior = current.value.amount.minus(delta.amount);
      const name = subjectName(rate);
      const priorShown = inUnitOf(prior, change, unit);
      const sources = [rate.source, change.source, ...current.value.sources];
      if (rate.value === '∞' || prior.lte(0)) {
        // A rate on a zero base is a presentation slip (say 新增); a printed "∞%" is a division by zero left in the
        // text, and a negative prior year cannot be.
        const printedInfinity = rate.value === '∞';
        const why = printedInfinity
          ? '“∞%”不是可以公开的数字（是除以零的结果），上年为零时应表述为“新增”'
          : prior.eq(0)
            ? '上年为零时增减率无意义（应表述为“新增”）'
            : '上年数不可能为负';
        findings.push(
          makeFinding(rule, {
            ...(prior.eq(0) && !printedInfinity ? { severity: 'warning' as const } : {}),
            message: `${sectionName(rate)}称${name}${rate.direction ?? ''}${rate.written}：本年${current.value.shown}，${change.direction}${change.written}，上年数为${priorShown}，${why}`,
            location: where(rate),
            expected: prior.eq(0) ? '新增（无增减率）' : undefined,
            actual: rate.written,
            sources,
          }),
        );
        continue;
      }
      const computed = percent(delta.amount, prior);
      const declared = new Big(rate.value);
      const opposite = !declared.eq(0) && !computed.eq(0) && declared.gt(0) !== computed.gt(0);
      const tolerance = percentTolerance(
        rate.value.replace('-', ''),
        { ...delta, amount: delta.amount.abs() },
        { ...current.value, amount: prior, step: current.value.step.plus(delta.step) },
      );
      const miss = percentMismatch(rate, computed, tolerance, { contradicted: opposite, showAbs: true });
      if (!miss) continue;
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(rate)}称${name}${change.direction}${change.written}、${rate.direction === '减少' ? '下降' : '增长'}${rate.written}：上年数 = ${current.value.shown} − (${delta.amount.lt(0) ? '' : '+'}${change.written}) = ${priorShown}，${opposite ? '增减方向与金额相反，' : ''}变动率应为${computed.lt(0) ? '下降' : '增长'}${miss.shown}%${miss.note}`,
          location: where(rate),
          ...miss.figures,
          sources,
        }),
      );
    }
    return { checks, findings };
  },
);
