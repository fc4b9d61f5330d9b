import Big from 'big.js';
import type { PerformanceEvaluation, PerformanceFunding } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { roundingTolerance } from '../../tolerance.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, isDecimal, isTable, locate, looksLikeSlip, SLIP_NOTE, totalLine, unitOf } from './lib/support.js';

const COLUMNS: { key: 'declaredBudget' | 'initialBudget' | 'annualBudget' | 'executed' | 'balance'; name: string }[] = [
  { key: 'declaredBudget', name: '目标申报数' },
  { key: 'initialBudget', name: '年初预算数' },
  { key: 'annualBudget', name: '全年预算数' },
  { key: 'executed', name: '全年执行数' },
  { key: 'balance', name: '资金结余' },
];

export const K_09 = defineRule(
  {
    id: 'K-09',
    family: 'performance',
    severity: 'error',
    title: '年度资金总额等于其中各项资金之和',
    description: '绩效自评表中年度资金总额应等于其中各项资金（财政拨款、上年结转、其他资金）之和。',
    basis: '恒等式：资金总额 = 各来源之和（逐栏）。',
    fix: '核对各来源金额和总额，改正错误的数字。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
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
