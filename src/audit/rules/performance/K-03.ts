import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { FULL_MARKS, scoring } from './lib/scoring.js';
import { describe, isTable, locate } from './lib/support.js';

export const K_03 = defineRule(
  {
    id: 'K-03',
    family: 'performance',
    severity: 'warning',
    title: '绩效自评表各项分值合计为100分（含执行率）',
    description: '绩效自评表各项分值（含执行率）合计应为100分。',
    basis: '通常成立：财预〔2020〕10号规定总分100分，各地权重可调但总和不变。',
    fix: '核对各级指标的分值，使合计为100分。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
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
