import Big from 'big.js';
import type { PerformanceBreakdown, PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { roundingTolerance } from '../../tolerance.js';
import { describe, inYuan, locate } from './lib/support.js';

const MONEY = new Set(['万元', '元', '亿元']);

/** The part's value in the total's unit. */
function inTotalUnit(b: PerformanceBreakdown, part: PerformanceBreakdown['parts'][number]): Big {
  if (MONEY.has(b.unit) && MONEY.has(part.unit) && part.unit !== b.unit) return inYuan(part.value, part.unit)!.div(inYuan('1', b.unit)!);
  return new Big(part.value);
}

export const P_01 = defineRule(
  {
    id: 'P-01',
    family: 'performance',
    severity: 'error',
    title: '自评报告中的合计数等于其中各项之和',
    description: '自评报告中的合计数应等于其中各项之和（如救助金额、人次）。',
    basis: '恒等式：合计 = 各分项之和。',
    fix: '核对合计和各分项，改正错误的数字。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const items = ctx.disclosure.performance.flatMap((e: PerformanceEvaluation) => (e.breakdowns ?? []).map((b) => ({ e, b })));
    if (!items.length) return notEvaluable('自评报告中没有列出分项的合计数');
    const findings = items.flatMap(({ e, b }) => {
      const sum = b.parts.reduce((s, p) => s.plus(inTotalUnit(b, p)), new Big(0));
      const money = MONEY.has(b.unit);
      const sameUnit = b.parts.every((p) => p.unit === b.unit);
      const tolerance = money && sameUnit ? roundingTolerance([b.value, ...b.parts.map((p) => p.value)], b.unit) : new Big(0);
      const difference = new Big(b.value).minus(sum);
      if (difference.eq(0)) return [];
      const dp = Math.max(...[b.value, ...b.parts.map((p) => p.value)].map((v) => (v.split('.')[1] ?? '').length));
      const within = difference.abs().lte(tolerance);
      const list = b.parts.map((p) => `${p.label} ${p.value}${p.unit === b.unit ? '' : p.unit}`).join(' + ');
      const implied =
        b.parts.length === 2 && !within
          ? `；若${b.parts[0]!.label || '前一项'}无误，${b.parts[1]!.label || '后一项'}应为 ${b.value} − ${b.parts[0]!.value} = ${new Big(b.value).minus(inTotalUnit(b, b.parts[0]!)).toFixed(dp)} ${b.unit}`
          : '';
      return [
        makeFinding(rule, {
          severity: within ? 'info' : 'error',
          message:
            `${describe(e)}：${b.label || '合计'} ${b.value} ${b.unit}，其中 ${list} = ${sum.toFixed(dp)} ${b.unit}，` +
            (within ? `差 ${difference.abs().toFixed(dp)}，在尾差容许范围内` : `相差 ${difference.toFixed(dp)} ${b.unit}${implied}`),
          location: locate(e, b.quote),
          expected: sum.toFixed(dp),
          actual: b.value,
          difference: difference.toFixed(dp),
          tolerance: tolerance.toFixed(dp),
          sources: [b.source],
        }),
      ];
    });
    return { checks: items.length, findings };
  },
);
