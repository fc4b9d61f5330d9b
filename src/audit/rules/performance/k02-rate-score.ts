// K-02 执行率得分 = 分值 × min(执行率, 100%) (usually: observed in every seed, but some provinces score it in bands).
import Big from 'big.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { none, NO_TABLES, overEvaluations, type Checked } from './outcome.js';
import { dec, describe, halfUnit, isDecimal, isTable, locate, show, totalLine } from './support.js';

/** The template's default weight of the 执行率 when the table prints no 分值 for it. */
export const DEFAULT_RATE_WEIGHT = '10';

export const rateScoreRule = defineRule(
  { id: 'K-02', family: 'performance', severity: 'warning', title: '执行率得分等于分值乘以执行率（不超过100%）' },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const total = totalLine(e);
      if (!total || !isDecimal(total.rate) || !isDecimal(total.score)) return none;
      const weight = isDecimal(total.weight) ? total.weight : DEFAULT_RATE_WEIGHT;
      const rate = dec(total.rate).gt(100) ? new Big(100) : dec(total.rate);
      const expected = dec(weight).times(rate).div(100);
      const tolerance = halfUnit(total.score).plus(dec(weight).times(halfUnit(total.rate)).div(100));
      const difference = dec(total.score).minus(expected);
      if (difference.abs().lte(tolerance)) return { checks: 1, findings: [] };
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            message: `${describe(e)}：执行率 ${total.rate}%，执行率得分 ${total.score}；按分值 ${weight} × ${show(rate)}% 应为 ${show(expected)}`,
            location: locate(e, `执行率 ${total.rate} 得分 ${total.score}`),
            expected: show(expected),
            actual: total.score,
            difference: show(difference),
            tolerance: show(tolerance, 4),
            sources: [total.source],
          }),
        ],
      };
    }),
);
