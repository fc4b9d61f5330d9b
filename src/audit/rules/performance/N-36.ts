import { numberMentions } from '../../../model/number-mention.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { isSummary, tableFor } from './lib/summaries.js';
import { clauses, qualifiers } from './lib/qualifiers.js';
import { describe, locate, tablesOf } from './lib/support.js';

const COUNTS = new Set(['人次', '次', '户次', '人', '户']);

const MIN_FIGURE = 10;

function conflicts(
  summary: PerformanceEvaluation,
  table: PerformanceEvaluation,
): { figure: string; said: string; printed: string; source: PerformanceEvaluation['source'] }[] {
  const text = summary.texts.map((t) => t.text).join('');
  const out: { figure: string; said: string; printed: string; source: PerformanceEvaluation['source'] }[] = [];
  for (const m of numberMentions(text)) {
    if (!COUNTS.has(m.unit) || Number(m.value) < MIN_FIGURE) continue;
    const mine = qualifiers(text, m.index);
    for (const t of table.texts) {
      for (const n of numberMentions(t.text).filter((x) => x.value === m.value && COUNTS.has(x.unit))) {
        const theirs = qualifiers(t.text, n.index);
        const clash = mine.some((w, i) => w !== undefined && theirs[i] !== undefined && w !== theirs[i]);
        if (!clash) continue;
        out.push({ figure: m.value, said: clauses(text, m.index, m.end, 1), printed: clauses(t.text, n.index, n.end, 2), source: t.source });
      }
    }
  }
  return out;
}

export const N_36 = defineRule(
  {
    id: 'N-36',
    family: 'performance',
    severity: 'warning',
    title: '综述引用的数字与自评表所指对象一致',
    description: '项目绩效自评综述引用的数字应与自评表中所指的对象一致（如“居民/职工”“血液/腹膜透析”）。',
    basis: '通常成立：同一数字应描述同一对象。',
    fix: '核对综述中数字所指的对象并改正表述。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const summaries = ctx.disclosure.performance.filter(isSummary);
    const tables = tablesOf(ctx);
    if (!summaries.length || !tables.length) return notEvaluable('没有可相互对照的项目绩效自评综述和自评表');
    let checks = 0;
    const findings = summaries.flatMap((s) => {
      const table = tableFor(s, tables);
      if (!table) return [];
      checks++;
      return conflicts(s, table).map((c) =>
        makeFinding(rule, {
          message: `${describe(s)}称“${c.said}”，而《${describe(table)}》为“${c.printed}”：同一数字 ${c.figure} 所指对象不同，其中一处有误`,
          location: locate(s, c.said),
          expected: c.printed,
          actual: c.said,
          sources: [s.source, c.source],
        }),
      );
    });
    if (!checks) return notEvaluable('综述所述项目与自评表无法一一对应');
    return { checks, findings };
  },
);
