import Big from 'big.js';
import type { Finding } from '../../../model/finding.js';
import type { PerformanceEvaluation, PerformanceFunding } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable, type RuleInfo } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { dec, describe, isDecimal, locate, matchByName, percent, percentTolerance, show } from './lib/support.js';

/** Below this share of the money spent, "all targets completed" cannot be true. */
const MATERIAL = new Big(50);

interface Resolved {
  budget?: string;
  budgetName: string;
  executed?: string;
  /** Where the figures not in the sentence came from. */
  borrowed: string[];
  used: PerformanceFunding[];
  annual?: string;
}

/** Fill what the claim's sentence leaves out from the other lines the report states for the same project. */
function resolve(claim: PerformanceFunding, lines: readonly PerformanceFunding[]): Resolved {
  const others = lines.filter((l) => l !== claim && l.label);
  const labels = [...new Set(others.map((l) => l.label))].map((name) => ({ name }));
  const match = claim.label ? matchByName(claim.label, labels) : undefined;
  const same = match ? others.filter((l) => l.label === match.name) : [];
  const used: PerformanceFunding[] = [];
  const pick = (key: 'initialBudget' | 'annualBudget' | 'executed') => {
    const line = same.find((l) => isDecimal(l[key]));
    if (line) used.push(line);
    return line?.[key];
  };
  const borrowed: string[] = [];
  const fromList = (value: string | undefined, what: string) => {
    if (value !== undefined) borrowed.push(`${what} ${value}（据“${match!.name}”一项）`);
    return value;
  };
  const wantsInitial = claim.rateBasis === 'initialBudget';
  const budget = wantsInitial
    ? (claim.initialBudget ?? fromList(pick('initialBudget'), '年初预算'))
    : (claim.initialBudget ?? claim.annualBudget ?? fromList(pick('initialBudget') ?? pick('annualBudget'), '预算'));
  const annual = claim.annualBudget ?? pick('annualBudget');
  let executed = claim.executed ?? fromList(pick('executed'), '实际支出');
  // A project whose adjusted budget is 0 and that no spending list names spent nothing.
  if (executed === undefined && isDecimal(annual) && dec(annual).eq(0)) {
    executed = '0';
    borrowed.push(`调整后预算 0（据“${match?.name ?? claim.label}”一项）`);
  }
  return {
    ...(budget !== undefined ? { budget } : {}),
    budgetName: wantsInitial ? '年初预算' : '预算',
    ...(executed !== undefined ? { executed } : {}),
    ...(annual !== undefined ? { annual } : {}),
    borrowed,
    used,
  };
}

function check(rule: RuleInfo, e: PerformanceEvaluation, claim: PerformanceFunding): { checked: boolean; finding?: Finding } {
  const r = resolve(claim, e.funding);
  const rate = dec(claim.rate!);
  const name = claim.label || e.name;
  const unit = claim.unit ?? e.unit ?? '万元';
  const target = claim.rateBasis === 'target';
  const said = target ? `总体绩效目标完成 ${claim.rate}%` : `完成${r.budgetName} ${claim.rate}%`;
  const from = r.borrowed.length ? `（${r.borrowed.join('，')}）` : '';
  const finding = (severity: 'error' | 'warning', message: string, expected?: string) =>
    makeFinding(rule, {
      severity,
      message: `${describe(e)} ${name}：${message}${from}`,
      location: locate(e, claim.quote),
      ...(expected !== undefined ? { expected } : {}),
      actual: claim.rate!,
      sources: [claim.source, ...(r.borrowed.length ? r.used.map((l) => l.source) : [])],
    });
  if (isDecimal(r.executed) && dec(r.executed).eq(0)) {
    if (rate.eq(0)) return { checked: true };
    return { checked: true, finding: finding('error', `实际支出 0 ${unit}，却称${said}${r.budget ? `（${r.budgetName} ${r.budget} ${unit}）` : ''}`, '0') };
  }
  if (!isDecimal(r.budget) || !isDecimal(r.executed) || dec(r.budget).eq(0)) return { checked: false };
  const computed = percent(r.executed, r.budget)!;
  const tolerance = percentTolerance(claim.rate!, r.executed, r.budget);
  if (tolerance.covers(computed.minus(rate).abs())) return { checked: true };
  const ratio = `${r.executed} / ${r.budget} = ${show(computed)}%`;
  if (!target) return { checked: true, finding: finding('error', `称${said}，而实际支出 / ${r.budgetName} 为 ${ratio}`, show(computed)) };
  if (rate.gte(100) && computed.lt(MATERIAL)) {
    const cut = isDecimal(r.annual) && dec(r.annual).lt(dec(r.budget)) ? `，调整后预算仅 ${r.annual} ${unit}` : '';
    return {
      checked: true,
      finding: finding('error', `称${said}，但所述 ${r.budget} ${unit} 中只支出了 ${r.executed} ${unit}（${ratio}${cut}），目标不可能全部完成`, show(computed)),
    };
  }
  if (rate.lt(100)) return { checked: true, finding: finding('warning', `称${said}，与资金执行情况 ${ratio} 不一致，文中未说明依据`, show(computed)) };
  return { checked: true };
}

export const N_27 = defineRule(
  {
    id: 'N-27',
    family: 'performance',
    severity: 'error',
    title: '自评报告中项目的完成率与其预算、支出相符',
    description: '自评报告中项目“完成预算××%”的比例应与其预算、支出相符；没有支出不能称完成100%。',
    basis: '计算关系：完成率 = 实际支出 ÷ 预算 × 100%。',
    fix: '按预算和实际支出重新计算完成率并改正表述。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const reports = ctx.disclosure.performance.filter((e) => e.kind === 'report' && e.funding.some((f) => f.role === 'project' && isDecimal(f.rate)));
    if (!reports.length) return notEvaluable('没有列出项目完成率的绩效自评报告');
    let checks = 0;
    const findings = reports.flatMap((e) =>
      e.funding
        .filter((f) => f.role === 'project' && isDecimal(f.rate))
        .flatMap((claim) => {
          const { checked, finding } = check(rule, e, claim);
          if (checked) checks++;
          return finding ? [finding] : [];
        }),
    );
    return { checks, findings };
  },
);
