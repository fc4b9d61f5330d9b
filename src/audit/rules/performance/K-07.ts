import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { isNotApplicable } from './lib/indicators.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, isDecimal, isTable, locate } from './lib/support.js';

export const K_07 = defineRule(
  {
    id: 'K-07',
    family: 'performance',
    severity: 'warning',
    title: '“不适用”指标不计分值和得分',
    description: '“不适用”的指标不应计分值和得分。',
    basis: '通常成立：不适用的指标应删除或重新分配权重。',
    fix: '删去不适用指标的分值和得分，调整其他指标权重。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const rows = e.indicators.filter(isNotApplicable);
      if (!rows.length) return none;
      const scored = rows.filter((i) => isDecimal(i.score) && dec(i.score).gt(0));
      if (!scored.length) return { checks: 1, findings: [] };
      const unscored = rows.filter((i) => !scored.includes(i) && isDecimal(i.weight) && dec(i.weight).gt(0));
      const list = scored.map((i) => `${i.name} ${i.score}/${i.weight}`).join('、');
      const nan = rows.some((i) => i.deviation !== undefined && !isDecimal(i.deviation));
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            message:
              `${describe(e)}：${scored.length} 个“不适用”指标仍设分值并计分（${list}）` +
              (nan ? '，偏差度填为 NaN' : '') +
              (unscored.length ? `；另有“不适用”指标 ${unscored.map((i) => `${i.name} ${i.score ?? '空'}/${i.weight}`).join('、')} 得分不同，口径不一致` : '') +
              '；不适用的指标应删除或将其分值调整给其他指标',
            location: locate(e, scored.map((i) => i.name).join('、')),
            sources: scored.map((i) => i.source),
          }),
        ],
      };
    }),
);
