import Big from 'big.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { DEFAULT_RATE_WEIGHT } from './lib/scoring.js';
import { dec, describe, halfUnit, isDecimal, isTable, locate, show, totalLine } from './lib/support.js';

export const K_02 = defineRule(
  {
    id: 'K-02',
    family: 'performance',
    severity: 'warning',
    title: '执行率得分等于分值乘以执行率（不超过100%）',
    description: '执行率得分应等于执行率的分值乘以执行率（执行率超过100%的按100%计）。',
    basis: '通常成立：财预〔2020〕10号的计分方法；个别地区按区间计分。',
    fix: '按分值和执行率重新计算得分并改正。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
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
