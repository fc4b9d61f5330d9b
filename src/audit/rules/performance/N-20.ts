import Big from 'big.js';
import type { Finding } from '../../../model/finding.js';
import { GRADES, type PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable, type RuleInfo } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { halfUnit, inYuan, locate } from './lib/support.js';

function counts(rule: RuleInfo, e: PerformanceEvaluation): { checks: number; findings: Finding[] } {
  const groups = (e.gradeGroups ?? []).filter((g) => g.projects !== undefined);
  const findings = groups.flatMap((g) => {
    const sum = GRADES.reduce((s, grade) => s + Number(g.counts[grade] ?? 0), 0);
    if (sum === Number(g.projects)) return [];
    const list = GRADES.filter((grade) => g.counts[grade] !== undefined)
      .map((grade) => `${grade} ${g.counts[grade]}`)
      .join('、');
    return [
      makeFinding(rule, {
        message: `${g.label}绩效自评个数 ${g.projects} 个，各等级项目数（${list}）合计 ${sum} 个`,
        location: locate(e, g.quote),
        expected: g.projects!,
        actual: String(sum),
        sources: [g.source],
      }),
    ];
  });
  return { checks: groups.length, findings };
}

function amounts(rule: RuleInfo, e: PerformanceEvaluation): { checks: number; findings: Finding[] } {
  const groups = (e.gradeGroups ?? []).filter((g) => g.amount !== undefined && g.unit !== undefined);
  const coverage = e.coverage?.[0];
  if (groups.length < 2 || !coverage) return { checks: 0, findings: [] };
  const covered = inYuan(coverage.amount, coverage.unit)!;
  const yuan = groups.map((g) => inYuan(g.amount!, g.unit)!);
  const sum = yuan.reduce((s, v) => s.plus(v), new Big(0));
  const slack = [...groups.map((g) => inYuan(halfUnit(g.amount!).toFixed(), g.unit)!), inYuan(halfUnit(coverage.amount).toFixed(), coverage.unit)!].reduce(
    (s, v) => s.plus(v),
    new Big(0),
  );
  if (sum.minus(covered).abs().lte(slack)) return { checks: 1, findings: [] };
  // Would the groups add up if they were all printed in the coverage's unit?
  const asCoverage = groups.reduce((s, g) => s.plus(inYuan(g.amount!, coverage.unit)!), new Big(0));
  const unitSlip = asCoverage.minus(covered).abs().lte(slack) ? groups.filter((g) => g.unit !== coverage.unit) : [];
  const list = groups.map((g) => `${g.label} ${g.amount} ${g.unit}`).join(' + ');
  const same = groups.every((g) => g.amount === groups[0]!.amount && g.unit === groups[0]!.unit);
  return {
    checks: 1,
    findings: [
      makeFinding(rule, {
        message:
          `各组项目涉及资金 ${list}，与绩效自评共涉及资金 ${coverage.amount} ${coverage.unit} 不符` +
          (unitSlip.length
            ? `；若 ${unitSlip.map((g) => g.amount).join('、')} 的单位为${coverage.unit}则正好相符，单位“${unitSlip[0]!.unit}”有误`
            : same
              ? `；${groups.length} 组金额完全相同，合计 ${sum.div(inYuan('1', coverage.unit)!).toFixed()} ${coverage.unit}，应是重复填列`
              : `（合计 ${sum.div(inYuan('1', coverage.unit)!).toFixed()} ${coverage.unit}）`),
        location: locate(e, groups.map((g) => g.quote.slice(0, 40)).join(' / ')),
        expected: coverage.amount,
        actual: sum.div(inYuan('1', coverage.unit)!).toFixed(),
        sources: [coverage.source, ...groups.map((g) => g.source)],
      }),
    ],
  };
}

export const N_20 = defineRule(
  {
    id: 'N-20',
    family: 'performance',
    severity: 'error',
    title: '各等级项目个数与项目总数、各组涉及资金与覆盖资金相符',
    description: '各等级项目个数之和应等于项目总数，各组涉及资金之和应等于所称的覆盖资金。',
    basis: '恒等式：分组之和 = 总数。',
    fix: '核对分组个数和金额，改正错误的数字。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const summaries = ctx.disclosure.performance.filter((e) => e.gradeGroups?.length);
    if (!summaries.length) return notEvaluable('情况说明中没有按等级统计的项目自评结果');
    const results = summaries.flatMap((e) => [counts(rule, e), amounts(rule, e)]);
    return { checks: results.reduce((n, r) => n + r.checks, 0), findings: results.flatMap((r) => r.findings) };
  },
);
