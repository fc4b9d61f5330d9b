// K-06 Quantitative indicators (财预〔2020〕10号): a target met earns the full 分值; one not met earns 分值 × actual /
// target for "≥" targets and 分值 × target / actual for "≤" (cost) targets. Usually — an evaluator may mark down a
// far over-achieved target — so a warning. A cost indicator (成本指标) without a comparator is a ceiling.
import Big from 'big.js';
import type { PerformanceEvaluation, PerformanceIndicator } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { none, NO_TABLES, overEvaluations, type Checked } from './outcome.js';
import { dec, describe, halfUnit, isDecimal, isTable, locate, moneyInYuan, parseIndicatorValue, show, type Comparator, type IndicatorValue } from './support.js';

export const isNotApplicable = (i: PerformanceIndicator): boolean =>
  /不适用/.test(`${i.name}${i.target ?? ''}${i.reason ?? ''}`) || /^[≥≤=]?0{3,}$/.test(i.target ?? '');

const isCost = (i: PerformanceIndicator): boolean => /成本/.test(`${i.level1 ?? ''}${i.level2 ?? ''}`);

/** Target and actual as comparable numbers: same unit, or both money (compared in 元), or one printed bare. */
function comparable(t: IndicatorValue, a: IndicatorValue): { target: Big; actual: Big } | undefined {
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

export const indicatorScoringRule = defineRule(
  { id: 'K-06', family: 'performance', severity: 'warning', title: '定量指标完成得满分、未完成按完成比例得分' },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const assessed = e.indicators.flatMap((i) => {
        const a = isDecimal(i.score) ? assess(i) : undefined;
        return a ? [{ i, a }] : [];
      });
      if (!assessed.length) return none;
      const findings = assessed.flatMap(({ i, a }) => {
        const score = dec(i.score!);
        const tolerance = halfUnit(i.score!).plus(new Big('0.0001'));
        if (score.minus(a.expected).abs().lte(tolerance)) return [];
        const name = [i.level2, i.name].filter(Boolean).join(' ');
        const values = `目标 ${i.target}，实际 ${i.actual}`;
        const ceiling = a.comparator === '≤' || a.comparator === '<';
        const message = a.met
          ? `${describe(e)} ${name}：${values}，目标已完成，却只得 ${i.score} 分（分值 ${i.weight}）；按评分规则应得满分`
          : `${describe(e)} ${name}：${values}，目标未完成，得 ${i.score} 分（分值 ${i.weight}）；按完成比例（${ceiling ? '目标 / 实际' : '实际 / 目标'}）应得 ${show(a.expected)} 分` +
            (score.eq(dec(i.weight!)) && isCost(i) && !ceiling ? '（成本指标一般为“≤”目标，所列符号可能有误）' : '');
        return [
          makeFinding(rule, {
            message,
            location: locate(e, `${name} ${i.target ?? ''} ${i.actual ?? ''}`.trim()),
            expected: show(a.expected),
            actual: i.score!,
            difference: show(score.minus(a.expected)),
            sources: [i.source],
          }),
        ];
      });
      return { checks: assessed.length, findings };
    }),
);
