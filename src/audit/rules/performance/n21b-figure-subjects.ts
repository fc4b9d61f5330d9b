// N-21b A count a 综述 quotes from its 自评表 keeps its subject (usually). The same figure said of residents in one
// place and of employees in the other, or of peritoneal dialysis in one and haemodialysis in the other, means one
// of the two texts is wrong (seed 000: "居民肾病腹膜透析患者8520次" vs "职工肾病血液透析患者4人，透析人次为8520次").
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { isSummary, tableFor } from './n21-summary-vs-table.js';
import { numberMentions } from '../../../model/number-mention.js';
import { describe, locate, tablesOf } from './support.js';

/** Pairs of words that cannot both describe one figure. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['居民', '职工'],
  ['腹膜', '血液'],
  ['门诊', '住院'],
  ['城镇', '农村'],
];
const COUNTS = new Set(['人次', '次', '户次', '人', '户']);
const MIN_FIGURE = 10;

/** For each pair, the nearest of its words before `index` within the sentence, clause by clause. */
export function qualifiers(text: string, index: number): (string | undefined)[] {
  const sentenceStart = Math.max(...['。', '；', ';'].map((d) => text.lastIndexOf(d, index - 1))) + 1;
  const clauses = text.slice(sentenceStart, index).split(/[，,、]/).reverse();
  return OPPOSITES.map((pair) => {
    for (const clause of clauses) {
      const positions = pair.map((w) => clause.lastIndexOf(w));
      const best = positions[0]! > positions[1]! ? 0 : 1;
      if (positions[best]! >= 0) return pair[best];
    }
    return undefined;
  });
}

/** The `count` clauses of `text` that end with the figure at [index, end). */
function clauses(text: string, index: number, end: number, count: number): string {
  let start = index;
  for (let n = 0; n < count && start > 0; n++) {
    const cut = Math.max(...['，', ',', '。', '；', '：'].map((d) => text.lastIndexOf(d, start - 1)));
    start = cut < 0 ? 0 : cut + (n < count - 1 ? 0 : 1);
    if (cut < 0) break;
  }
  return text.slice(start, end).replace(/^[，,。；：]/, '');
}

function conflicts(summary: PerformanceEvaluation, table: PerformanceEvaluation): { figure: string; said: string; printed: string; source: PerformanceEvaluation['source'] }[] {
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

export const figureSubjectsRule = defineRule(
  { id: 'N-21b', family: 'performance', severity: 'warning', title: '综述引用的数字与自评表所指对象一致' },
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
