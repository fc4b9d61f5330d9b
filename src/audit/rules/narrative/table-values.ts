// Every figure the 情况说明 restates is the figure the tables print (N-01, N-04 … N-08, N-12 … N-18 of
// consistency-rules.md §3): totals against 公开01/04, income and expenditure types against 公开01–03, the general
// budget against 公开05/06, 政府性基金/国资 against 公开07/08 (an "本年度无此项收支" is a zero), 三公 against
// 公开09, 机关运行经费, 政府采购, vehicles and equipment against 公开10. Money compares in 元, exactly up to the
// rounding of the coarser printing; one unit in the last digit of two equally precise printings is a rounding
// adjustment (warning).
import type { Claim } from '../../../model/claim.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, notEvaluable, type Rule, type RuleInfo } from '../../engine.js';
import type { AuditContext } from '../../context.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, subjectName, where } from './claims.js';
import { tableRef, tableValue } from './table-refs.js';
import { claimValue, inUnitOf, oneLastDigit, restatementTolerance } from './values.js';

interface Group extends RuleInfo {
  covers(claim: Claim): boolean;
}

const INCOME: readonly string[] = [T.currentYearIncome, T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome, T.openingBalance, T.useOfNonFiscalBalance];
const EXPENDITURE: readonly string[] = [T.currentYearExpenditure, T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates, T.closingBalance, T.balanceDistribution];
const fundOrCapital = (c: Claim): boolean => c.scope === '政府性基金预算' || c.scope === '国有资本经营预算';
const prefixed = (prefix: string) => (c: Claim) => c.subject.startsWith(prefix);

const GROUPS: readonly Group[] = [
  { id: 'N-13', family: 'narrative', severity: 'error', title: '政府性基金、国有资本经营预算收支的说明（含“无此项收支”）与公开07、08表一致', covers: fundOrCapital },
  { id: 'N-01', family: 'narrative', severity: 'error', title: '说明中的收入总计、支出总计与总表一致', covers: (c) => c.subject === T.incomeGrandTotal || c.subject === T.expenditureGrandTotal },
  { id: 'N-07', family: 'narrative', severity: 'error', title: '一般公共预算财政拨款支出及其基本、项目支出与公开05表一致', covers: (c) => c.scope === '一般公共预算' && EXPENDITURE.includes(c.subject) },
  { id: 'N-04', family: 'narrative', severity: 'error', title: '说明中的本年收入及各项收入与表一致', covers: (c) => INCOME.includes(c.subject) },
  { id: 'N-05', family: 'narrative', severity: 'error', title: '说明中的本年支出及基本、项目等支出与表一致', covers: (c) => EXPENDITURE.includes(c.subject) },
  { id: 'N-08', family: 'narrative', severity: 'error', title: '说明中按功能分类（类、款、项）的支出与表一致', covers: prefixed('功能:') },
  { id: 'N-12', family: 'narrative', severity: 'error', title: '基本支出的人员经费、公用经费及经济科目与公开06表一致', covers: (c) => c.subject === T.personnelExpenses || c.subject === T.publicExpenses || c.subject.startsWith('经济:') },
  { id: 'N-14', family: 'narrative', severity: 'error', title: '“三公”经费预算数、决算数及各项与公开09表一致', covers: prefixed('三公:') },
  { id: 'N-16', family: 'narrative', severity: 'error', title: '机关运行经费与公开10表一致', covers: (c) => c.subject === T.institutionOperatingCost },
  { id: 'N-17', family: 'narrative', severity: 'error', title: '政府采购金额与公开10表一致', covers: prefixed('政府采购:') },
  { id: 'N-18', family: 'narrative', severity: 'error', title: '车辆数和大型设备数与公开10表一致', covers: (c) => c.subject.startsWith('车辆:') || c.subject.startsWith('设备:') },
];

/** The group a claim belongs to: the first that covers it (政府性基金/国资 figures go to N-13 whatever they are). */
const groupOf = (claim: Claim): Group | undefined => GROUPS.find((g) => g.covers(claim));

function evaluate(ctx: AuditContext, rule: Group) {
  const unit = documentUnit(ctx);
  const candidates = claimsOf(ctx).filter((c) => explains(c) && resolved(c) && c.period === '本年' && groupOf(c) === rule);
  const findings = [];
  let checks = 0;
  for (const claim of candidates) {
    const reference = tableRef(claim.subject, claim.scope, claim.measure);
    const table = reference && tableValue(ctx, reference);
    const stated = claimValue(claim, unit);
    if (!reference || !table || !stated || stated.money !== table.money) continue;
    checks++;
    const difference = stated.amount.minus(table.amount).abs();
    if (difference.lte(restatementTolerance(stated, table))) continue;
    const adjusted = oneLastDigit(stated, table);
    const expected = inUnitOf(table.amount, claim, unit);
    const tail = adjusted ? '，相差末位 1 个单位（同一数字两处列示应一致）' : `，相差${inUnitOf(difference, claim, unit)}`;
    findings.push(
      makeFinding(rule, {
        ...(adjusted ? { severity: 'warning' as const } : {}),
        message: `${sectionName(claim)}称${subjectName(claim)}${claim.measure === 'budget' ? '预算' : ''}${claim.written}，${reference.label}为${table.shown}${table.shown === expected ? '' : `（${expected}）`}${tail}`,
        location: where(claim),
        expected,
        actual: claim.written,
        difference: inUnitOf(difference, claim, unit),
        sources: [claim.source, ...table.sources],
      }),
    );
  }
  if (checks === 0 && findings.length === 0) {
    const anyTable = ctx.disclosure.tables.length > 0;
    if (!anyTable) return notEvaluable('文件中没有决算表，说明中的数字无法与表核对');
  }
  return { checks, findings };
}

export const TABLE_VALUE_RULES: Rule[] = GROUPS.map((group) => defineRule(group, (ctx) => evaluate(ctx, group)));
