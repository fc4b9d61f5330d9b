import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { assess } from './lib/indicators.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, halfUnit, isDecimal, isTable, locate, looksLikeSlip, show, SLIP_NOTE } from './lib/support.js';

export const K_11 = defineRule(
  {
    id: 'K-11',
    family: 'performance',
    severity: 'warning',
    title: '偏差度等于（实际值 − 目标值）/ 目标值',
    description: '绩效自评表中的偏差度应等于（实际值 − 目标值）÷ 目标值。',
    basis: '通常成立：填报说明中的偏差度公式。',
    fix: '按实际值和目标值重新计算偏差度。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const rows = e.indicators.flatMap((i) => {
        const a = isDecimal(i.deviation) ? assess(i) : undefined;
        return a ? [{ i, a }] : [];
      });
      if (!rows.length) return none;
      const findings = rows.flatMap(({ i, a }) => {
        const printed = dec(i.deviation!);
        const formula = a.actual.minus(a.target).div(a.target).times(100);
        const tolerance = halfUnit(i.deviation!).plus('0.0001');
        const fits = (x: typeof formula) => printed.minus(x).abs().lte(tolerance);
        if (fits(formula) || (a.met && printed.eq(0))) return [];
        const computed = show(formula);
        const slip = looksLikeSlip(i.deviation!, computed);
        const name = [i.level2, i.name].filter(Boolean).join(' ');
        return [
          makeFinding(rule, {
            message:
              `${describe(e)} ${name}：偏差度 ${i.deviation}，按（实际 ${a.actual.toFixed()} − 目标 ${a.target.toFixed()}）/ 目标计算为 ${computed}%` +
              (a.met ? '（目标已完成，偏差度应为 0 或上式之值）' : '') +
              (slip ? SLIP_NOTE : ''),
            location: locate(e, `${name} 偏差度 ${i.deviation}`),
            expected: computed,
            actual: i.deviation!,
            sources: [i.source],
          }),
        ];
      });
      return { checks: rows.length, findings };
    }),
);
