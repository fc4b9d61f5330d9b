import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, isDecimal, isTable, locate, percent, roundsTo, show, totalLine } from './lib/support.js';

const STATED_RATE = /执行率(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export const K_14 = defineRule(
  {
    id: 'K-14',
    family: 'performance',
    severity: 'warning',
    title: '绩效自评表的执行率与年初预算、表内文字所述执行率一致',
    description: '绩效自评表的执行率应与年初预算、表内文字所述的执行率一致；把全年预算数调低到执行数以使执行率为100%的，会被指出。',
    basis: '财预〔2020〕10号：执行率按全年预算数计算；同一表中两个口径的执行率应能相互说明。',
    fix: '核对全年预算数的调整依据，统一表内执行率的口径。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
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
