import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { FULL_MARKS, scoring } from './lib/scoring.js';
import { dec, describe, halfUnit, isDecimal, isTable, locate } from './lib/support.js';

export const K_04 = defineRule(
  {
    id: 'K-04',
    family: 'performance',
    severity: 'error',
    title: '绩效自评表总分等于执行率得分与各项指标得分之和',
    description: '绩效自评表的总分应等于执行率得分与各项指标得分之和。',
    basis: '恒等式：总分 = 执行率得分 + 各指标得分（含资金管理等得分）。',
    fix: '重新汇总得分并改正总分。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      if (!isDecimal(e.totalScore)) return none;
      const s = scoring(e);
      if (!s.scored) return none;
      const printed = dec(e.totalScore);
      const tolerance = s.tolerance.plus(e.totalScore.includes('.') ? halfUnit(e.totalScore) : 0);
      const within = (x: typeof printed) => printed.minus(x).abs().lte(tolerance);
      if (within(s.score)) return { checks: 1, findings: [] };
      const location = locate(e, `总分 ${e.totalScore}`);
      const sources = [e.source, ...e.indicators.map((i) => i.source)];
      const rateText = s.rateScore ? `执行率得分 ${s.rateScore.toFixed()} + ` : '';
      if (s.rateScore && !s.rateScore.eq(0) && within(s.indicatorScore)) {
        const over = s.score.gt(FULL_MARKS);
        return {
          checks: 1,
          findings: [
            makeFinding(rule, {
              severity: over ? 'error' : 'warning',
              message:
                `${describe(e)}：总分栏 ${e.totalScore}${e.totalWeight ? `（分值 ${e.totalWeight}）` : ''} 只是各项指标得分之和，未含执行率得分 ${s.rateScore.toFixed()}；` +
                `${e.totalScore} + ${s.rateScore.toFixed()} = ${s.score.toFixed()}` +
                (over ? '，超过满分 100' : '，应以此为项目自评得分'),
              location,
              expected: s.score.toFixed(),
              actual: e.totalScore,
              difference: printed.minus(s.score).toFixed(),
              sources,
            }),
          ],
        };
      }
      const reliable = s.weight.eq(FULL_MARKS);
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            severity: reliable ? 'error' : 'warning',
            message:
              `${describe(e)}：总分 ${e.totalScore}，而${rateText}各项指标得分 ${s.indicatorScore.toFixed()} 合计 ${s.score.toFixed()}` +
              (reliable ? '' : `（分值合计 ${s.weight.toFixed()} 不是 100，表格可能识别不全，请核对原件）`),
            location,
            expected: s.score.toFixed(),
            actual: e.totalScore,
            difference: printed.minus(s.score).toFixed(),
            tolerance: tolerance.toFixed(),
            sources,
          }),
        ],
      };
    }),
);
