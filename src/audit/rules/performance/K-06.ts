import Big from 'big.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { assess, isCost } from './lib/indicators.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, halfUnit, isDecimal, isTable, locate, show } from './lib/support.js';

export const K_06 = defineRule(
  {
    id: 'K-06',
    family: 'performance',
    severity: 'warning',
    title: '定量指标完成得满分、未完成按完成比例得分',
    description: '定量指标完成目标的应得满分，未完成的按完成比例得分。',
    basis: '通常成立：财预〔2020〕10号的计分方法；因目标过低而大幅超额完成的可酌情扣分。',
    fix: '按实际完成值与目标值重新计算得分。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const assessed = e.indicators.flatMap((i) => {
        const a = isDecimal(i.score) ? assess(i) : undefined;
        return a ? [{ i, a }] : [];
      });
      if (!assessed.length) return none;
      const findings = assessed.flatMap(({ i, a }) => {
        const score = dec(i.score!);
        const tolerance = halfUnit(i.score!).plus(new Big('0.0001'));
        if (score.minus(a.expected).abs().lte(tolerance)) return [];
        const name = [i.level2, i.name].filter(Boolean).join(' ');
        const values = `目标 ${i.target}，实际 ${i.actual}`;
        const ceiling = a.comparator === '≤' || a.comparator === '<';
        const message = a.met
          ? `${describe(e)} ${name}：${values}，目标已完成，却只得 ${i.score} 分（分值 ${i.weight}）；按评分规则应得满分`
          : `${describe(e)} ${name}：${values}，目标未完成，得 ${i.score} 分（分值 ${i.weight}）；按完成比例（${ceiling ? '目标 / 实际' : '实际 / 目标'}）应得 ${show(a.expected)} 分` +
            (score.eq(dec(i.weight!)) && isCost(i) && !ceiling ? '（成本指标一般为“≤”目标，所列符号可能有误）' : '');
        return [
          makeFinding(rule, {
            message,
            location: locate(e, `${name} ${i.target ?? ''} ${i.actual ?? ''}`.trim()),
            expected: show(a.expected),
            actual: i.score!,
            difference: show(score.minus(a.expected)),
            sources: [i.source],
          }),
        ];
      });
      return { checks: assessed.length, findings };
    }),
);
