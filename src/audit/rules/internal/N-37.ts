// Words against figures: "决算数大于预算数" where the item's own figures say 小于 (the 决算 and its budget stated just
// before, else the completion rate), "决算数同预算数持平" over figures that differ, "与上年相同" beside a change, and a
// change word against a prior-year and a current figure both stated. The figures decide only where their printing
// does: two equal printings, or a completion rate that rounds to 100%, cannot tell 大于 from 小于.
import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, type RuleRef } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { lastDigitUnit } from '../../tolerance.js';
import { claimsOf, documentUnit, resolved, sameSentence, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, oneLastDigit, restatementTolerance, type Value } from '../narrative/lib/values.js';

type Direction = NonNullable<Claim['direction']>;

const WORDS: Record<Direction, string> = { 增加: '大于', 减少: '小于', 持平: '等于' };
const CHANGE_WORDS: Record<Direction, string> = { 增加: '增加', 减少: '减少', 持平: '持平' };

/** What the figures say: the direction, or undefined when their printing cannot tell; `close` when one last digit apart. */
interface Verdict {
  direction: Direction | undefined;
  close: boolean;
  shown: string;
  sources: Finding['sources'];
}

/** 决算 against budget from two stated amounts: exact unless the printings are equal within their rounding. */
function fromAmounts(amount: Value, budget: Value, shown: string): Verdict {
  const difference = amount.amount.minus(budget.amount);
  const sources = [...amount.sources, ...budget.sources];
  if (difference.abs().lte(restatementTolerance(amount, budget))) return { direction: difference.eq(0) ? '持平' : undefined, close: false, shown, sources };
  return { direction: difference.gt(0) ? '增加' : '减少', close: oneLastDigit(amount, budget), shown, sources };
}

/** 决算 against budget from a completion rate: above or below 100% beyond half its last printed digit. */
function fromRate(rate: Claim): Verdict | undefined {
  if (!/^\d+(\.\d+)?$/.test(rate.value)) return undefined;
  const half = lastDigitUnit(rate.value).div(2);
  const excess = new Big(rate.value).minus(100);
  const direction = excess.abs().lte(half) ? undefined : excess.gt(0) ? '增加' : '减少';
  return { direction, close: false, shown: `完成${rate.written}`, sources: [rate.source] };
}

/**
 * The figures a comparison is about: the nearest 决算, budget and completion rate stated before it in its section,
 * for its subject (or, for an item whose subject is unknown, the unknown figures right before it), back to the
 * previous comparison, which closes the previous item.
 */
function figuresOf(claims: readonly Claim[], index: number): { amount?: Claim; budget?: Claim; rate?: Claim } {
  const comparison = claims[index]!;
  const found: { amount?: Claim; budget?: Claim; rate?: Claim } = {};
  for (let i = index - 1; i >= 0; i--) {
    const c = claims[i]!;
    if (c.section !== comparison.section || c.measure === 'comparison') break;
    const same = resolved(comparison) ? c.subject === comparison.subject && c.scope === comparison.scope : !resolved(c);
    if (!same && resolved(comparison)) continue;
    if (!same) break;
    if (c.period !== '本年') continue;
    if (c.measure === 'amount') found.amount ??= c;
    else if (c.measure === 'budget' && (comparison.basis === '预算' || c.basis === comparison.basis || c.basis === '预算')) found.budget ??= c;
    else if (c.measure === 'completion') found.rate ??= c;
  }
  return found;
}

/** A figure stated before the comparison, else the one the tables print for its subject (公开09 prints 三公 budgets). */
function figure(ctx: AuditContext, comparison: Claim, stated: Claim | undefined, measure: 'amount' | 'budget', unit: string | undefined): Value | undefined {
  if (stated) return claimValue(stated, unit);
  // A printed 预算数 is the 全年 budget after adjustments, never the 年初 one.
  if (measure === 'budget' && comparison.basis === '年初') return undefined;
  const reference = resolved(comparison) ? tableRef(comparison.subject, comparison.scope, measure) : undefined;
  const table = reference && tableValue(ctx, reference);
  return table ? { ...table, shown: `${reference.label}${table.shown}` } : undefined;
}

function budgetVerdict(ctx: AuditContext, claims: readonly Claim[], index: number, unit: string | undefined): Verdict | undefined {
  const comparison = claims[index]!;
  const { amount, budget, rate } = figuresOf(claims, index);
  const a = figure(ctx, comparison, amount, 'amount', unit);
  const b = figure(ctx, comparison, budget, 'budget', unit);
  if (a && b && a.money && b.money) return fromAmounts(a, b, `预算${b.shown}、决算${a.shown}`);
  return rate ? fromRate(rate) : undefined;
}

/** A change word against this year's and last year's figures stated in the same sentence. */
function yearVerdict(claims: readonly Claim[], change: Claim, unit: string | undefined): Verdict | undefined {
  const stated = (period: Claim['period']) =>
    claims.find((c) => c.subject === change.subject && c.scope === change.scope && c.measure === 'amount' && c.period === period && sameSentence(c, change));
  const current = stated('本年');
  const prior = stated('上年');
  const a = current && claimValue(current, unit);
  const b = prior && claimValue(prior, unit);
  if (!a || !b || !a.money || !b.money) return undefined;
  return fromAmounts(a, b, `本年${current.written}、上年${prior.written}`);
}

function finding(rule: RuleRef, claim: Claim, verdict: Verdict, stated: string, truth: string): Finding {
  return makeFinding(rule, {
    ...(verdict.close ? { severity: 'warning' as const } : {}),
    message: `${sectionName(claim)}称${subjectName(claim)}“${claim.written}”，但所列数字（${verdict.shown}）表明${truth}${verdict.close ? '（相差末位 1 个单位）' : ''}，与“${stated}”的表述相反`,
    location: where(claim),
    expected: truth,
    actual: claim.written,
    sources: [claim.source, ...verdict.sources],
  });
}

export const N_37 = defineRule(
  {
    id: 'N-37',
    family: 'internal',
    severity: 'error',
    title: '“大于、小于、持平、增加、减少”的表述与所列数字相符',
    description:
      '情况说明中“决算数大于（小于、等于）预算数”“与预算持平”“比上年增加（减少）”“与上年持平”等表述，应与同一处列出的预算数、决算数、完成率或上年数、本年数的大小关系一致。',
    basis: '决算数大于预算数即完成率高于100%，小于即低于100%，持平即两数相等；本年数大于上年数才是增加。',
    fix: '按所列数字改正“大于、小于、持平、增加、减少”的表述（常见于套用模板或上年文本未改），或核对数字是否写错。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const unit = documentUnit(ctx);
    const claims = claimsOf(ctx);
    const findings: Finding[] = [];
    let checks = 0;
    claims.forEach((claim, index) => {
      if (claim.measure === 'comparison' && claim.direction) {
        const verdict = budgetVerdict(ctx, claims, index, unit);
        if (!verdict) return;
        checks++;
        if (!verdict.direction || verdict.direction === claim.direction) return;
        findings.push(finding(rule, claim, verdict, claim.written, `决算数${WORDS[verdict.direction]}预算数`));
        return;
      }
      if (claim.measure !== 'change' || !claim.direction || !resolved(claim)) return;
      // "与上年相同" beside a change of the same figure in the same sentence.
      if (claim.direction === '持平') {
        const moved = claims.find(
          (c) => c !== claim && c.subject === claim.subject && c.scope === claim.scope && (c.measure === 'change' || c.measure === 'change-percent') && c.direction !== '持平' && sameSentence(c, claim) && /^-?\d/.test(c.value) && !new Big(c.value).eq(0),
        );
        if (moved) {
          checks++;
          const truth = moved.direction === '增加' ? '比上年增加' : '比上年减少';
          findings.push(finding(rule, claim, { direction: moved.direction, close: false, shown: moved.written, sources: [moved.source] }, claim.written, truth));
          return;
        }
      }
      const verdict = yearVerdict(claims, claim, unit);
      if (!verdict) return;
      checks++;
      if (!verdict.direction || verdict.direction === claim.direction) return;
      findings.push(finding(rule, claim, verdict, CHANGE_WORDS[claim.direction], verdict.direction === '持平' ? '与上年持平' : `比上年${CHANGE_WORDS[verdict.direction]}`));
    });
    return { checks, findings };
  },
);
