// K-03 Σ 分值 = 100, 执行率 included (usually: the template fixes it, weights differ by province). More than 100 is
// an error — no score can exceed full marks; less than 100 is a warning, as a 分值 lost in a scanned table (seed 000
// 省级 table reads 64) looks the same as a template that weights differently.
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { none, NO_TABLES, overEvaluations, type Checked } from './outcome.js';
import { FULL_MARKS, scoring } from './scoring.js';
import { describe, isTable, locate } from './support.js';

export const weightsRule = defineRule(
  { id: 'K-03', family: 'performance', severity: 'warning', title: '绩效自评表各项分值合计为100分（含执行率）' },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const s = scoring(e);
      if (!s.weighted) return none;
      if (s.weight.eq(FULL_MARKS)) return { checks: 1, findings: [] };
      const over = s.weight.gt(FULL_MARKS);
      const parts = s.rateWeight ? `执行率 ${s.rateWeight.toFixed()} + 各项指标 ${s.indicatorWeight.toFixed()}` : `各项指标 ${s.indicatorWeight.toFixed()}`;
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            severity: over ? 'error' : 'warning',
            message:
              `${describe(e)}：分值合计 ${s.weight.toFixed()}（${parts}），` +
              (over ? '超过满分 100，评分体系不一致' : '不足 100：部分分值可能未识别（扫描表格），或本表采用不同的权重'),
            location: locate(e, `分值合计 ${s.weight.toFixed()}`),
            expected: '100',
            actual: s.weight.toFixed(),
            difference: s.weight.minus(FULL_MARKS).toFixed(),
            sources: [e.source, ...e.indicators.map((i) => i.source)],
          }),
        ],
      };
    }),
);
