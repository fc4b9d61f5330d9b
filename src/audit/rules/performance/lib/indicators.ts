// K-06 Quantitative indicators (财预〔2020〕10号): a target met earns the full 分值; one not met earns 分值 × actual /
// target for "≥" targets and 分值 × target / actual for "≤" (cost) targets. Usually — an evaluator may mark down a
// far over-achieved target — so a warning. A cost indicator (成本指标) without a comparator is a ceiling.
import Big from 'big.js';
import type { PerformanceIndicator } from '../../../../model/performance.js';
import { dec, isDecimal, moneyInYuan, parseIndicatorValue, type Comparator, type IndicatorValue } from './support.js';

export const isNotApplicable = (i: PerformanceIndicator): boolean =>
  /不适用/.test(`${i.name}${i.target ?? ''}${i.reason ?? ''}`) || /^[≥≤=]?0{3,}$/.test(i.target ?? '');

export const isCost = (i: PerformanceIndicator): boolean => /成本/.test(`${i.level1 ?? ''}${i.level2 ?? ''}`);

/** Target and actual as comparable numbers: same unit, or both money (compared in 元), or one printed bare. */
export function comparable(t: IndicatorValue, a: IndicatorValue): { target: Big; actual: Big } | undefined {
  const [ty, ay] = [moneyInYuan(t), moneyInYuan(a)];
  if (ty && ay) return { target: ty, actual: ay };
  if (t.unit === a.unit || t.unit === '' || a.unit === '') return { target: t.value, actual: a.value };
  return undefined;
}

export interface Assessment {
  comparator: Comparator;
  met: boolean;
  /** The score the rule expects. */
  expected: Big;
  target: Big;
  actual: Big;
}

/** The expected score of a quantitative indicator, or undefined when it is qualitative or not comparable. */
export function assess(i: PerformanceIndicator): Assessment | undefined {
  if (!isDecimal(i.weight) || isNotApplicable(i)) return undefined;
  const t = parseIndicatorValue(i.target);
  const a = parseIndicatorValue(i.actual);
  if (!t || !a) return undefined;
  const values = comparable(t, a);
  if (!values || values.target.eq(0)) return undefined;
  const comparator: Comparator = t.comparator ?? (isCost(i) ? '≤' : '≥');
  const ceiling = comparator === '≤' || comparator === '<';
  const { target, actual } = values;
  const met = ceiling ? actual.lte(target) : actual.gte(target);
  const weight = dec(i.weight);
  if (met) return { comparator, met, expected: weight, target, actual };
  if (ceiling && actual.eq(0)) return undefined;
  const ratio = ceiling ? target.div(actual) : actual.div(target);
  return { comparator, met, expected: weight.times(ratio.gt(1) ? 1 : ratio), target, actual };
}
