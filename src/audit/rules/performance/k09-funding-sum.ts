// K-09 The money block adds up (always): 年度资金总额 = Σ its 其中 rows (财政拨款, 上年结转, 其他资金 …), column by
// column, within the rounding of the printed amounts. A difference of one digit is flagged as a probable slip
// (warning); any other difference is an error.
import Big from 'big.js';
import type { PerformanceEvaluation, PerformanceFunding } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { roundingTolerance } from '../../tolerance.js';
import { none, NO_TABLES, overEvaluations, type Checked } from './outcome.js';
import { dec, describe, isDecimal, isTable, locate, looksLikeSlip, SLIP_NOTE, totalLine, unitOf } from './support.js';

const COLUMNS: { key: 'declaredBudget' | 'initialBudget' | 'annualBudget' | 'executed' | 'balance'; name: string }[] = [
  { key: 'declaredBudget', name: '目标申报数' },
  { key: 'initialBudget', name: '年初预算数' },
  { key: 'annualBudget', name: '全年预算数' },
  { key: 'executed', name: '全年执行数' },
  { key: 'balance', name: '资金结余' },
];

export const fundingSumRule = defineRule(
  { id: 'K-09', family: 'performance', severity: 'error', title: '年度资金总额等于其中各项资金之和' },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const total = totalLine(e);
      const sources = e.funding.filter((f) => f !== total && f.role === 'source');
      if (!total || !sources.length) return none;
      let checks = 0;
      const findings = COLUMNS.flatMap(({ key, name }) => {
        const printed = total[key];
        const parts = sources.filter((f) => isDecimal(f[key]));
        if (!isDecimal(printed) || !parts.length) return [];
        checks++;
        const sum = parts.reduce((s, f) => s.plus(dec(f[key]!)), new Big(0));
        const values = [printed, ...parts.map((f) => f[key]!)];
        const tolerance = roundingTolerance(values, unitOf(e, total));
        const difference = dec(printed).minus(sum);
        if (difference.abs().lte(tolerance)) return [];
        const dp = Math.max(...values.map((v) => (v.split('.')[1] ?? '').length));
        const slip = parts.length === 1 && looksLikeSlip(printed, parts[0]![key]!);
        const list = parts.map((f: PerformanceFunding) => `${f.label.replace(/^其中[：:]?/, '') || '其中'} ${f[key]}`).join(' + ');
        return [
          makeFinding(rule, {
            severity: slip ? 'warning' : 'error',
            message: `${describe(e)}：${total.label || '年度资金总额'} ${name} ${printed}，其中各项 ${list} = ${sum.toFixed(dp)}，相差 ${difference.toFixed(dp)}${slip ? SLIP_NOTE : ''}`,
            location: locate(e, `${total.label || '年度资金总额'} ${name} ${printed}`),
            expected: sum.toFixed(dp),
            actual: printed,
            difference: difference.toFixed(dp),
            tolerance: tolerance.toFixed(dp),
            sources: [total.source, ...parts.map((f) => f.source)],
          }),
        ];
      });
      return { checks, findings };
    }),
);
