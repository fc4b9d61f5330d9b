import type { Finding } from '../../../model/finding.js';
import { GRADES, type Grade, type PerformanceEvaluation } from '../../../model/performance.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, notEvaluable, type RuleInfo } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { isSummary } from './lib/summaries.js';
import { scoring } from './lib/scoring.js';
import { band, BAND_TEXT, dec, describe, isDecimal, locate, normaliseGrade, tablesOf } from './lib/support.js';

function reportGrades(rule: RuleInfo, reports: readonly PerformanceEvaluation[]): Finding[] {
  return reports.flatMap((e) => {
    const grade = normaliseGrade(e.grade!);
    const expected = band(dec(e.totalScore!));
    if (!grade || grade === expected) return [];
    return [
      makeFinding(rule, {
        message: `${describe(e)}：得分 ${e.totalScore} 分，等级应为“${expected}”（${BAND_TEXT[expected]}），文中为“${e.grade}”`,
        location: locate(e, `${e.totalScore}分 ${e.grade}`),
        expected,
        actual: e.grade!,
        sources: [e.source],
      }),
    ];
  });
}

/** The projects' scores: from their 综述 when the text gives them, else from the 自评表. */
function projectScores(ctx: AuditContext): { name: string; score: string; grade: Grade; e: PerformanceEvaluation }[] {
  const summaries = ctx.disclosure.performance.filter((e) => isSummary(e) && e.level === 'project' && isDecimal(e.totalScore));
  if (summaries.length) return summaries.map((e) => ({ name: e.name, score: e.totalScore!, grade: band(dec(e.totalScore!)), e }));
  return tablesOf(ctx)
    .filter((e) => e.level === 'project' && isDecimal(e.totalScore))
    .map((e) => {
      const whole = scoring(e);
      const score = whole.scored && !whole.score.eq(dec(e.totalScore!)) && whole.score.lte(100) ? whole.score.toFixed() : e.totalScore!;
      return { name: e.name, score, grade: band(dec(score)), e };
    });
}

function distribution(rule: RuleInfo, ctx: AuditContext, summary: PerformanceEvaluation): Finding[] {
  const groups = summary.gradeGroups ?? [];
  const stated = Object.fromEntries(GRADES.map((g) => [g, groups.reduce((n, x) => n + Number(x.counts[g] ?? 0), 0)])) as Record<Grade, number>;
  const scores = projectScores(ctx);
  return GRADES.flatMap((g) => {
    const inBand = scores.filter((s) => s.grade === g);
    if (inBand.length <= stated[g]) return [];
    const claimed = groups
      .map(
        (x) =>
          `${x.label}${
            GRADES.filter((y) => Number(x.counts[y] ?? 0) > 0)
              .map((y) => `${x.counts[y]}个为“${y}”`)
              .join('、') || '无等级'
          }`,
      )
      .join('，');
    return [
      makeFinding(rule, {
        message:
          `情况说明称${claimed}（“${g}”共 ${stated[g]} 个）；但 ${inBand.map((s) => `${s.name} 得分 ${s.score} 分`).join('、')}，` +
          `按${BAND_TEXT[g]}应评为“${g}”`,
        location: locate(summary, groups.map((x) => x.quote.slice(0, 60)).join(' / ')),
        expected: `“${g}” ≥ ${inBand.length} 个`,
        actual: `“${g}” ${stated[g]} 个`,
        sources: [...groups.map((x) => x.source), ...inBand.map((s) => s.e.source)],
      }),
    ];
  });
}

export const N_22 = defineRule(
  {
    id: 'N-22',
    family: 'performance',
    severity: 'error',
    title: '文中所述自评等级与得分相符',
    description: '文中所述项目的自评等级应与其得分相符。',
    basis: '财预〔2020〕10号的等级划分：优≥90，良80–90，中60–80，差<60。',
    fix: '按得分改正等级，或核对得分。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const reports = ctx.disclosure.performance.filter((e) => e.kind === 'report' && isDecimal(e.totalScore) && e.grade !== undefined);
    const summaries = ctx.disclosure.performance.filter((e) => e.gradeGroups?.length);
    if (!reports.length && !summaries.length) return notEvaluable('文中没有同时给出得分和等级的自评结果');
    const findings = [...reportGrades(rule, reports), ...summaries.flatMap((s) => distribution(rule, ctx, s))];
    return { checks: reports.length + summaries.length, findings };
  },
);
