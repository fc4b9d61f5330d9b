import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { roundingTolerance } from '../../tolerance.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, isDecimal, isTable, locate, unitOf } from './lib/support.js';

export const K_10 = defineRule(
  {
    id: 'K-10',
    family: 'performance',
    severity: 'error',
    title: '资金结余等于全年预算数减全年执行数',
    description: '绩效自评表中的资金结（转）余应等于全年预算数减全年执行数。',
    basis: '恒等式：结余 = 全年预算数 − 全年执行数。',
    fix: '重新计算结余并改正。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const lines = e.funding.filter((f) => isDecimal(f.balance) && isDecimal(f.annualBudget) && isDecimal(f.executed));
      if (!lines.length) return none;
      const findings = lines.flatMap((f) => {
        const expected = dec(f.annualBudget!).minus(dec(f.executed!));
        const tolerance = roundingTolerance([f.annualBudget!, f.executed!, f.balance!], unitOf(e, f));
        const difference = dec(f.balance!).minus(expected);
        if (difference.abs().lte(tolerance)) return [];
        return [
          makeFinding(rule, {
            message: `${describe(e)} ${f.label || '资金'}：资金结余 ${f.balance}，而全年预算数 ${f.annualBudget} − 全年执行数 ${f.executed} = ${expected.toFixed()}`,
            location: locate(e, `${f.label} 资金结余 ${f.balance}`),
            expected: expected.toFixed(),
            actual: f.balance!,
            difference: difference.toFixed(),
            tolerance: tolerance.toFixed(),
            sources: [f.source],
          }),
        ];
      });
      return { checks: lines.length, findings };
    }),
);
