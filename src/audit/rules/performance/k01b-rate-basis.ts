// K-01b: one 执行率 per table. The column is 全年执行数 / 全年预算数, but when the 全年预算数 has been cut down to what
// was spent the column shows 100 while the money set aside at the start of the year went largely unspent, and the
// table's own text often states the rate against the original allocation (seed 000: 执行率 column 100, text
// "执行率为30%" = 33.378 / 111.385). Usually a sign to look at, not an arithmetic error: a warning.
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { none, NO_TABLES, overEvaluations, type Checked } from './outcome.js';
import { dec, describe, isDecimal, isTable, locate, percent, roundsTo, show, totalLine } from './support.js';

const STATED_RATE = /执行率(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export const rateBasisRule = defineRule(
  { id: 'K-01b', family: 'performance', severity: 'warning', title: '绩效自评表的执行率与年初预算、表内文字所述执行率一致' },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const total = totalLine(e);
      if (!total || !isDecimal(total.rate)) return none;
      const parts: string[] = [];
      const { initialBudget: initial, annualBudget: annual, executed } = total;
      const cut =
        isDecimal(initial) && isDecimal(annual) && isDecimal(executed) && dec(initial).gt(dec(annual)) && dec(annual).eq(dec(executed)) && dec(executed).gt(0);
      if (cut) {
        const againstInitial = percent(executed, initial)!;
        parts.push(
          `全年预算数由年初预算数 ${initial} 调减至 ${annual}，正好等于全年执行数，执行率栏因此为 ${total.rate}；按年初预算数计算执行率为 ${executed} / ${initial} = ${show(againstInitial)}%`,
        );
      }
      const stated = e.texts.flatMap((t) => [...t.text.matchAll(STATED_RATE)].map((m) => ({ rate: m[1]!, text: t })));
      const conflicting = stated.filter((s) => !roundsTo(dec(total.rate!), s.rate) && !roundsTo(dec(s.rate), total.rate!));
      const first = conflicting[0];
      if (first) parts.push(`表内文字称“执行率${first.rate}%”，与执行率栏 ${total.rate} 不一致`);
      if (!parts.length) return { checks: 1, findings: [] };
      const sources = [total.source, ...(first ? [first.text.source] : [])];
      return {
        checks: 1,
        findings: [
          makeFinding(rule, {
            message: `${describe(e)}：${parts.join('；')}（执行率应以同一口径反映资金使用情况）`,
            location: locate(e, first ? first.text.text.slice(0, 80) : `年初预算数 ${initial} 全年预算数 ${annual}`),
            ...(first ? { expected: total.rate!, actual: first.rate } : {}),
            sources,
          }),
        ],
      };
    }),
);
