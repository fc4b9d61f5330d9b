// Year-over-year wording (domain README §3.3): this year's value C against last year's P gives the change
// Δ = C − P (增加/减少) and Δ ÷ P (增长/下降). On a zero prior base there is no rate (新增, never "∞%"); an
// unknown prior year is a visible gap, never a guess.
import Big from 'big.js';
import { inUnit, type Money } from './fact-book.js';
import { formatDecimal, formatMoney, formatPercent, ratio } from './number-format.js';
import { figure, gap, type Part } from './runs.js';
import type { DraftContext } from './context.js';

/** The gap printed where last year's figure is needed but not known. */
export const PRIOR_GAP = '上年数：请补充';

/**
 * A comparison clause about `subject` (the words that name it, so the reader binds the figures to it):
 * "与上年相比，收入总计减少3,070.80万元，下降57.58%"; "收入总计与上年持平"; a gap when `prior` is unknown.
 * `lead` opens the clause ('' for the second of two clauses in one sentence).
 */
/** The change as printed (two decimals, in this year's unit); undefined when last year is unknown. */
function printedChange(current: Money, prior: Money | undefined): Big | undefined {
  if (!prior) return undefined;
  return new Big(formatDecimal(current.value.minus(inUnit(prior, current.unit).value)).replace(/,/g, ''));
}

/** Whether the comparison says 持平: last year is known and the printed change is zero. */
export const unchanged = (current: Money, prior: Money | undefined): boolean => printedChange(current, prior)?.eq(0) ?? false;

/** "主要原因是…。" after a change, or after a change still to be filled in; nothing after 持平. */
export function changeReason(ctx: DraftContext, key: string, current: Money, prior: Money | undefined): Part[] {
  return unchanged(current, prior) ? [] : ['主要原因是', ctx.reason(key), '。'];
}

export function comparedWithPrior(subject: string, current: Money, prior: Money | undefined, lead = '与上年相比，'): Part[] {
  const delta = printedChange(current, prior);
  if (!delta) return [`${lead}${subject}的增减额和增减率`, gap(PRIOR_GAP)];
  // The rate is computed from the printed figures, as a reader checks it.
  if (delta.eq(0)) return [`${subject}与上年持平`];
  const base = current.value.minus(delta);
  const words = delta.gt(0) ? ['增加', '增长'] : ['减少', '下降'];
  const amount = figure(formatMoney(delta.abs(), current.unit));
  const rate = base.gt(0) ? ratio(delta.abs(), base) : undefined;
  if (!rate) return [`${lead}${subject}${words[0]}`, amount, '（上年无此项，为新增，不计算增长率）'];
  return [`${lead}${subject}${words[0]}`, amount, `，${words[1]}`, figure(formatPercent(rate))];
}
