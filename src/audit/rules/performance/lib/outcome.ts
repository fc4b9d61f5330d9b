// The loop most 绩效 rules share: pick the evaluations a rule is about, check each, and say why the rule could not
// run when there is none.
import type { Finding } from '../../../../model/finding.js';
import type { PerformanceEvaluation } from '../../../../model/performance.js';
import type { AuditContext } from '../../../context.js';
import { notEvaluable, type RuleOutcome } from '../../../engine.js';

export interface Checked {
  checks: number;
  findings: Finding[];
}

export const none: Checked = { checks: 0, findings: [] };

export function overEvaluations(
  ctx: AuditContext,
  select: (e: PerformanceEvaluation) => boolean,
  missing: string,
  check: (e: PerformanceEvaluation) => Checked,
): RuleOutcome {
  const chosen = ctx.disclosure.performance.filter(select);
  if (!chosen.length) return notEvaluable(missing);
  const results = chosen.map(check);
  return { checks: results.reduce((n, r) => n + r.checks, 0), findings: results.flatMap((r) => r.findings) };
}

export const NO_TABLES = '文件中没有可识别的绩效自评表';
export const NO_REPORTS = '文件中没有绩效自评报告或项目绩效自评综述';
