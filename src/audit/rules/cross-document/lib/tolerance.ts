// Rounding tolerance of a figure derived from printed ones (this year's figure less the printed change, compared
// with the previous year's printing): each printing coarser than 分 may be off by half its last digit, and the
// difference of printed figures is a multiple of the finest of them (domain README §3.2, audit/tolerance.ts).
import Big from 'big.js';
import type { Value } from '../../narrative/lib/values.js';

/** One 分 in 元: a figure printed to the 分 was not rounded. */
const FEN = new Big('0.01');

export function derivedTolerance(values: readonly Value[]): Big {
  const rounded = values.filter((v) => v.step.gt(FEN));
  if (rounded.length === 0) return new Big(0);
  const finest = values.reduce((m, v) => (v.step.gt(0) && v.step.lt(m) ? v.step : m), rounded[0]!.step);
  const halfUnits = rounded.reduce((sum, v) => sum.plus(v.step.div(2)), new Big(0));
  return halfUnits.div(finest).round(0, Big.roundDown).times(finest);
}

