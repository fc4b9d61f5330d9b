// Rounding tolerance derived from the printed precision (domain README §3.2, consistency-rules §0.2), never a
// magic constant. Interval arithmetic: a value printed with d decimals is within half a unit (d/2) of its true
// value, so an identity over m printed values can be off by at most the sum of their half-units; the difference
// itself is a multiple of the finest printed unit, so the bound is rounded down to that unit.
import Big from 'big.js';
import { isMoneyUnit, printedDecimals, toYuan } from '../model/decimal.js';

/**
 * Whether amounts in this unit were rounded when the table was produced. The source data are kept in 元 with
 * 2 decimals, so 元 tables are exact; 万元 (and larger) tables round every cell independently. Counts (辆,
 * 台（套）) are never rounded.
 */
export function isRoundedUnit(unit: string): boolean {
  const yuanPerUnit = isMoneyUnit(unit) ? toYuan('1', unit) : undefined;
  return yuanPerUnit !== undefined && new Big(yuanPerUnit).gt(1);
}

const digitUnit = (decimals: number): Big => new Big(1).div(new Big(10).pow(decimals));
/** The units of 0…20 printed decimals, made once (big.js never changes a number in place: one object serves all). */
const DIGIT_UNITS: Big[] = Array.from({ length: 21 }, (_, decimals) => digitUnit(decimals));

/**
 * A tolerance made of a floor that is always part of it (half a unit of a stated figure's last digit) and a
 * non-negative rest that costs divisions. Most stated figures are within the floor: the rest is worked out only
 * when the floor does not decide.
 */
export class SplitTolerance {
  private full: Big | undefined;

  constructor(
    readonly floor: Big,
    private readonly rest: () => Big,
  ) {}

  get value(): Big {
    return (this.full ??= this.floor.plus(this.rest()));
  }

  /** Whether a difference (≥ 0) is within the tolerance. */
  covers(difference: Big): boolean {
    return difference.lte(this.floor) || difference.lte(this.value);
  }
}

/** The unit of the last printed digit: "82.46" → 0.01, "2" → 1. */
export function lastDigitUnit(value: string): Big {
  const decimals = printedDecimals(value);
  return DIGIT_UNITS[decimals] ?? digitUnit(decimals);
}

/**
 * The largest difference that rounding alone can explain in an identity over these printed values (total and
 * parts together, blanks excluded). For m values with d decimals this is d·floor(m/2), i.e. d·floor((n+1)/2)
 * for a total and n parts. Two values with the same precision get 0: they are the same amount printed twice
 * (a total with a single part, or one figure in two tables), rounded the same way — and rounding is monotone,
 * so a true `a ≤ b` also survives it exactly.
 */
export function roundingTolerance(values: readonly string[], unit: string): Big {
  if (!isRoundedUnit(unit) || values.length < 2) return new Big(0);
  const decimals = values.map(printedDecimals);
  if (values.length === 2 && decimals[0] === decimals[1]) return new Big(0);
  const finest = lastDigitUnit(values.reduce((a, b) => (printedDecimals(a) >= printedDecimals(b) ? a : b)));
  const halfUnits = values.reduce((sum, v) => sum.plus(lastDigitUnit(v).div(2)), new Big(0));
  return halfUnits.div(finest).round(0, Big.roundDown).times(finest);
}
