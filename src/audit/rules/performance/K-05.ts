import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, isDecimal, isTable, locate } from './lib/support.js';

export const K_05 = defineRule(
  {
    id: 'K-05',
    family: 'performance',
    severity: 'error',
    title: '每项得分不为负且不超过其分值',
    description: '每项指标的得分不应为负，也不应超过其分值。',
    basis: '计分规则：0 ≤ 得分 ≤ 分值。',
    fix: '改正超出范围的得分。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const rows = [
        ...e.indicators.map((i) => ({ name: [i.level2, i.name].filter(Boolean).join(' '), weight: i.weight, score: i.score, source: i.source })),
        ...e.funding.filter((f) => f.role === 'total').map((f) => ({ name: '执行率', weight: f.weight, score: f.score, source: f.source })),
      ].filter((r) => isDecimal(r.weight) && isDecimal(r.score));
      if (!rows.length) return none;
      const findings = rows
        .filter((r) => dec(r.score!).lt(0) || dec(r.score!).gt(dec(r.weight!)))
        .map((r) =>
          makeFinding(rule, {
            message: `${describe(e)} ${r.name}：得分 ${r.score} ${dec(r.score!).lt(0) ? '为负数' : `超过分值 ${r.weight}`}`,
            location: locate(e, `${r.name} 分值 ${r.weight} 得分 ${r.score}`),
            expected: `0–${r.weight}`,
            actual: r.score!,
            sources: [r.source],
          }),
        );
      return { checks: rows.length, findings };
    }),
);
