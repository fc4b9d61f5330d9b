import type { PerformanceEvaluation, PerformanceFunding } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { none, overEvaluations, type Checked } from './lib/outcome.js';
import { coarserMatch, dec, describe, isDecimal, locate, percent, percentTolerance, show } from './lib/support.js';

const hasRate = (f: PerformanceFunding): boolean =>
  f.rateBasis === 'annualBudget' && isDecimal(f.rate) && isDecimal(f.executed) && isDecimal(f.annualBudget) && !dec(f.annualBudget).eq(0);

/** Source rows that repeat the total's figures add nothing. */
const same = (a: PerformanceFunding, b: PerformanceFunding): boolean => a.executed === b.executed && a.annualBudget === b.annualBudget && a.rate === b.rate;

export const K_01 = defineRule(
  {
    id: 'K-01',
    family: 'performance',
    severity: 'error',
    title: '绩效自评表执行率等于全年执行数除以全年预算数',
    description: '绩效自评表中的执行率应等于全年执行数除以全年预算数。',
    basis: '财预〔2020〕10号及自评表填报说明：执行率 = 全年执行数 ÷ 全年预算数 × 100%。',
    fix: '按全年执行数和全年预算数重新计算执行率并改正。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(
      ctx,
      (e) => e.funding.some(hasRate),
      '没有同时列出全年预算数、全年执行数和执行率的绩效自评',
      (e: PerformanceEvaluation): Checked => {
        const lines = e.funding.filter(hasRate);
        const total = lines.find((f) => f.role === 'total');
        const checked = lines.filter((f) => f === total || !total || !same(f, total));
        if (!checked.length) return none;
        const findings = checked.flatMap((f) => {
          const computed = percent(f.executed!, f.annualBudget!)!;
          const tolerance = percentTolerance(f.rate!, f.executed!, f.annualBudget!);
          const difference = dec(f.rate!).minus(computed);
          if (tolerance.covers(difference.abs())) return [];
          const coarse = coarserMatch(computed, f.rate!);
          return [
            makeFinding(rule, {
              severity: coarse ? 'warning' : 'error',
              message:
                `${describe(e)} ${f.label || '资金'}：执行率 ${f.rate}%，按全年执行数 ${f.executed} / 全年预算数 ${f.annualBudget} 计算为 ${show(computed)}%` +
                (coarse ? '（所列执行率只按较少位小数取整后补零）' : ''),
              location: locate(e, f.quote ?? `${f.label} 执行率 ${f.rate}`),
              expected: show(computed),
              actual: f.rate!,
              difference: show(difference),
              tolerance: show(tolerance.value, 4),
              sources: [f.source],
            }),
          ];
        });
        return { checks: checked.length, findings };
      },
    ),
);
