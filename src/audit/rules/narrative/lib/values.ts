// Narrative and table figures on one scale: money in 元 (exact, via big.js), counts as counts, each with the size
// of its last printed digit, so that "2,262.43万元" and a 元 table cell compare exactly and a percentage's rounding
// interval can be derived from what was printed (domain README §3.2).
import Big from 'big.js';
import type { Claim } from '../../../../model/claim.js';
import { isMoneyUnit, printedDecimals, toYuan } from '../../../../model/decimal.js';
import type { Fact } from '../../../../model/fact.js';
import type { Source } from '../../../../model/source.js';
import { lastDigitUnit, SplitTolerance } from '../../../tolerance.js';

/** A figure on a common scale: 元 for money, the count itself otherwise. */
export interface Value {
  amount: Big;
  /** Size of the last printed digit on the same scale (0.01万元 → 100元). */
  step: Big;
  /** The figure as printed, for messages: "2,262.43万元", "40000.00元". */
  shown: string;
  /** Money (元 scale) or a count. */
  money: boolean;
  sources: Source[];
}

/** 万 written without 元 is still an amount in 万元 (the unit rule reports the slip). */
const moneyUnit = (unit: string): string => (unit === '万' ? '万元' : unit);

/** The value of a claim on the common scale; undefined for ∞, and for bare numbers other than a stated zero. */
export function claimValue(claim: Claim, documentUnit?: string): Value | undefined {
  // Rules ask for the same claims' values many times: the numbers are worked out once per claim (and document
  // unit), the Value (whose sources a finding may take over) is new each time.
  let known = scaled.get(claim);
  if (!known || known.value !== claim.value || known.unit !== claim.unit || known.measure !== claim.measure || known.documentUnit !== documentUnit) {
    const v = computeClaimValue(claim, documentUnit);
    known = { value: claim.value, unit: claim.unit, measure: claim.measure, documentUnit, amount: v?.amount, step: v?.step, money: v?.money ?? false };
    scaled.set(claim, known);
  }
  return known.amount && known.step ? { amount: known.amount, step: known.step, shown: claim.written, money: known.money, sources: [claim.source] } : undefined;
}

/** A claim's value on the common scale, with what it was computed from. */
interface ScaledClaim {
  value: string;
  unit: string;
  measure: Claim['measure'];
  documentUnit: string | undefined;
  amount: Big | undefined;
  step: Big | undefined;
  money: boolean;
}

const scaled = new WeakMap<Claim, ScaledClaim>();

function computeClaimValue(claim: Claim, documentUnit?: string): Value | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(claim.value)) return undefined;
  const unit = moneyUnit(claim.unit);
  if (isMoneyUnit(unit)) {
    const yuan = new Big(toYuan(claim.value, unit)!);
    return { amount: yuan, step: lastDigitUnit(claim.value).times(toYuan('1', unit)!), shown: claim.written, money: true, sources: [claim.source] };
  }
  if (unit === '' && claim.measure !== 'count') {
    // A zero without a unit ("本年度无此项收支") is zero in any unit; another bare amount is read in the document's unit.
    const zero = new Big(claim.value).eq(0);
    if (!zero && !documentUnit) return undefined;
    const factor = toYuan('1', zero ? '元' : documentUnit!)!;
    return { amount: new Big(claim.value).times(factor), step: lastDigitUnit(claim.value).times(factor), shown: claim.written, money: true, sources: [claim.source] };
  }
  return { amount: new Big(claim.value), step: lastDigitUnit(claim.value), shown: claim.written, money: false, sources: [claim.source] };
}

/** The value of a table fact on the common scale. */
export function factValue(fact: Fact): Value {
  const money = isMoneyUnit(fact.unit);
  const factor = money ? new Big(toYuan('1', fact.unit)!) : new Big(1);
  return {
    amount: new Big(fact.value).times(factor),
    step: lastDigitUnit(fact.value).times(factor),
    shown: `${fact.value}${fact.unit}`,
    money,
    sources: [fact.source],
  };
}

/** The sum of several values (a derived table figure such as 机关运行经费 = 行政单位 + 参公单位). */
export function sumValues(values: readonly Value[], shown: string): Value | undefined {
  const first = values[0];
  if (!first) return undefined;
  return {
    amount: values.reduce((s, v) => s.plus(v.amount), new Big(0)),
    step: values.reduce((m, v) => (v.step.gt(m) ? v.step : m), first.step),
    shown,
    money: first.money,
    sources: values.flatMap((v) => v.sources),
  };
}

/**
 * The largest difference between two printings of the same quantity that rounding explains: half the coarser
 * last digit less half the finer one (2.0万元 vs 20,012.00元: 499.995元 → accepted below 500元). Two printings
 * with the same precision must agree exactly.
 */
export function restatementTolerance(a: Value, b: Value): Big {
  const [coarse, fine] = a.step.gte(b.step) ? [a.step, b.step] : [b.step, a.step];
  return coarse.minus(fine).div(2);
}

/** Whether two printings differ by exactly one unit of their (common) last digit: a rounding adjustment. */
export function oneLastDigit(a: Value, b: Value): boolean {
  return a.step.eq(b.step) && a.amount.minus(b.amount).abs().eq(a.step);
}

/**
 * Rounding tolerance of a percentage computed from two printed amounts (README §3.2): half a unit of the
 * declared percentage's last digit plus the propagated half-units of part and whole,
 * ε = 100·(u_a/|b| + |a|·u_b/b²).
 */
export function percentTolerance(declared: string, part: Value, whole: Value): SplitTolerance {
  const half = lastDigitUnit(declared).div(2);
  const b = whole.amount.abs();
  if (b.eq(0)) return new SplitTolerance(half, () => new Big(0));
  return new SplitTolerance(half, () => {
    const ua = part.step.div(2);
    const ub = whole.step.div(2);
    return ua.div(b).plus(part.amount.abs().times(ub).div(b.times(b))).times(100);
  });
}

/** A ratio in percent, exact enough for comparison. */
export const percent = (part: Big, whole: Big): Big => part.times(100).div(whole);

/** A percentage shown with the declared number of decimals (and at least two for a recomputed value). */
export function showPercent(value: Big, declared: string): string {
  return value.toFixed(Math.max(2, printedDecimals(declared)));
}

/** Whether the declared percentage is the recomputed one cut off (not rounded) at the declared decimals. */
export function isTruncation(declared: string, computed: Big): boolean {
  const decimals = printedDecimals(declared);
  return computed.abs().round(decimals, Big.roundDown).eq(new Big(declared).abs()) && !computed.abs().round(decimals, Big.roundHalfUp).eq(new Big(declared).abs());
}

/** A stated percentage that the recomputed one contradicts: how to show it, and the finding's figures. */
export interface PercentMismatch {
  /** The recomputed percentage with the stated number of decimals. */
  shown: string;
  /** '（截断而未四舍五入）' when the statement cut the figure off instead of rounding it (a warning), else ''. */
  note: string;
  figures: { severity?: 'warning'; expected: string; actual: string; difference: string; tolerance: string };
}

/**
 * Compares a stated percentage (`rate.value`, e.g. "27.05") with the recomputed one: undefined when they agree
 * within the tolerance. With `contradicted` (the direction is wrong, say) it never agrees and is never a mere
 * truncation. `showAbs` shows the magnitude only, for rates whose sign the words carry (增长/下降).
 */
export function percentMismatch(
  rate: Pick<Claim, 'value' | 'written'>,
  computed: Big,
  tolerance: SplitTolerance,
  options: { contradicted?: boolean; showAbs?: boolean } = {},
): PercentMismatch | undefined {
  const declared = new Big(rate.value);
  if (!options.contradicted && tolerance.covers(declared.minus(computed).abs())) return undefined;
  const truncated = !options.contradicted && isTruncation(rate.value, computed);
  const shown = showPercent(options.showAbs ? computed.abs() : computed, rate.value);
  return {
    shown,
    note: truncated ? '（截断而未四舍五入）' : '',
    figures: {
      ...(truncated ? { severity: 'warning' as const } : {}),
      expected: `${shown}%`,
      actual: rate.written,
      difference: declared.minus(computed).abs().toFixed(4),
      tolerance: tolerance.value.toFixed(4),
    },
  };
}

/** An amount on the common scale shown in the unit a claim was written in: 元 values stay 元, 万元 values ÷ 10000. */
export function inUnitOf(amount: Big, claim: Pick<Claim, 'unit' | 'value'>, documentUnit?: string): string {
  const unit = moneyUnit(claim.unit) || documentUnit || '元';
  const factor = isMoneyUnit(unit) ? new Big(toYuan('1', unit)!) : new Big(1);
  const decimals = Math.max(printedDecimals(claim.value), isMoneyUnit(unit) ? 2 : 0);
  return `${amount.div(factor).toFixed(decimals)}${unit}`;
}
