import Big from 'big.js';
import type { Fact } from '../../../model/fact.js';
import type { Finding } from '../../../model/finding.js';
import { TERMS } from '../../../model/glossary.js';
import type { PerformanceCoverage, PerformanceEvaluation } from '../../../model/performance.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, notEvaluable, type RuleInfo } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { halfUnit, inYuan, locate, percentTolerance, show } from './lib/support.js';

const projectSpending = (ctx: AuditContext, table: 'T03' | 'T05'): Fact | undefined => ctx.fact({ table, row: TERMS.total, column: TERMS.projectExpenditure });

const yuanOf = (fact: Fact): Big => new Big(fact.yuan ?? fact.value);

function checkCoverage(rule: RuleInfo, e: PerformanceEvaluation, c: PerformanceCoverage, all?: Fact, general?: Fact): Finding[] {
  const findings: Finding[] = [];
  const covered = inYuan(c.amount, c.unit);
  if (!covered) return findings;
  const location = locate(e, c.quote);
  if (all) {
    const spending = yuanOf(all);
    const slack = (inYuan(halfUnit(c.amount).toFixed(), c.unit) ?? new Big(0)).plus(inYuan(halfUnit(all.value).toFixed(), all.unit) ?? 0);
    const share = spending.eq(0) ? undefined : covered.div(spending).times(100);
    const shareWrong =
      c.share !== undefined &&
      share !== undefined &&
      share
        .minus(c.share)
        .abs()
        .gt(percentTolerance(c.share, covered.toFixed(), spending.toFixed()).value.plus(slack.div(spending).times(100)));
    if (covered.minus(spending).gt(slack)) {
      findings.push(
        makeFinding(rule, {
          message:
            `绩效自评涉及资金 ${c.amount} ${c.unit}，超过${tableName('T03')}项目支出合计 ${all.value} ${all.unit}` +
            (share ? `（为项目支出的 ${show(share)}%${c.share ? `，文中称占 ${c.share}%` : ''}）` : '') +
            '；所称金额可能是本年支出合计而非项目支出',
          location,
          expected: `≤ ${all.value}`,
          actual: c.amount,
          sources: [c.source, all.source],
        }),
      );
    } else if (shareWrong) {
      findings.push(
        makeFinding(rule, {
          message: `绩效自评涉及资金 ${c.amount} ${c.unit}，占${tableName('T03')}项目支出合计 ${all.value} ${all.unit} 的 ${show(share!)}%，文中称 ${c.share}%`,
          location,
          expected: show(share!),
          actual: c.share!,
          sources: [c.source, all.source],
        }),
      );
    }
  }
  const part = c.generalBudget === undefined ? undefined : inYuan(c.generalBudget, c.unit);
  if (part && general) {
    const slack = (inYuan(halfUnit(c.generalBudget!).toFixed(), c.unit) ?? new Big(0)).plus(inYuan(halfUnit(general.value).toFixed(), general.unit) ?? 0);
    if (part.minus(yuanOf(general)).gt(slack)) {
      findings.push(
        makeFinding(rule, {
          message: `绩效自评所称其中一般公共预算项目支出 ${c.generalBudget} ${c.unit}，超过${tableName('T05')}项目支出合计 ${general.value} ${general.unit}`,
          location,
          expected: `≤ ${general.value}`,
          actual: c.generalBudget!,
          sources: [c.source, general.source],
        }),
      );
    }
  }
  return findings;
}

export const N_19 = defineRule(
  {
    id: 'N-19',
    family: 'performance',
    severity: 'error',
    title: '绩效自评覆盖资金不超过项目支出，所称占比正确',
    description: '绩效自评覆盖的资金不应超过项目支出总额，所称占项目支出的比例应正确。',
    basis: '包含关系：绩效自评覆盖的是项目支出的一部分；占比 = 覆盖资金 ÷ 项目支出。',
    fix: '核对覆盖资金和项目支出，改正金额或占比。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const statements = ctx.disclosure.performance.flatMap((e) => (e.coverage ?? []).map((c) => ({ e, c })));
    if (!statements.length) return notEvaluable('情况说明中没有绩效自评覆盖资金的表述');
    const all = projectSpending(ctx, 'T03');
    const general = projectSpending(ctx, 'T05');
    if (!all && !general) return notEvaluable(`文件中没有《${tableName('T03')}》或《${tableName('T05')}》的项目支出合计`);
    const findings = statements.flatMap(({ e, c }) => checkCoverage(rule, e, c, all, general));
    return { checks: statements.length, findings };
  },
);
