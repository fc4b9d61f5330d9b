// Every figure the 情况说明 restates is the figure the tables print (N-01, N-04 … N-08, N-12 … N-18 of
// consistency-rules.md §3): totals against 公开01/04, income and expenditure types against 公开01–03, the general
// budget against 公开05/06, 政府性基金/国资 against 公开07/08 (an "本年度无此项收支" is a zero), 三公 against
// 公开09, 机关运行经费, 政府采购, vehicles and equipment against 公开10. Money compares in 元, exactly up to the
// rounding of the coarser printing; one unit in the last digit of two equally precise printings is a rounding
// adjustment (warning).
import type { Claim } from '../../../../model/claim.js';
import { TERMS as T } from '../../../../model/glossary.js';
import type { AuditContext } from '../../../context.js';
import { defineRule, makeFinding, notEvaluable, type Rule, type RuleInfo } from '../../../engine.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, subjectName, where } from './claims.js';
import { tableRef, tableValue, type TableRef } from './table-refs.js';
import { claimValue, inUnitOf, oneLastDigit, restatementTolerance } from './values.js';

export interface Group extends RuleInfo {
  covers(claim: Claim): boolean;
}

export const EXPENDITURE: readonly string[] = [T.currentYearExpenditure, T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates, T.closingBalance, T.balanceDistribution];

export const fundOrCapital = (c: Claim): boolean => c.scope === '政府性基金预算' || c.scope === '国有资本经营预算';

/** Figures of the 政府性基金 and 国资 budgets go to N-13 whatever they are; every other rule leaves them out. */
export const ownBudget = (c: Claim): boolean => !fundOrCapital(c);

export const generalExpenditure = (c: Claim): boolean => c.scope === '一般公共预算' && EXPENDITURE.includes(c.subject);

export function evaluate(ctx: AuditContext, rule: Group) {
  const unit = documentUnit(ctx);
  const candidates = claimsOf(ctx).filter((c) => explains(c) && resolved(c) && c.period === '本年' && rule.covers(c));
  const findings = [];
  let checks = 0;
  for (const claim of candidates) {
    const outcome = compareWithTable(ctx, rule, claim, tableRef(claim.subject, claim.scope, claim.measure), unit, `${subjectName(claim)}${claim.measure === 'budget' ? '预算' : ''}`);
    if (!outcome) continue;
    checks++;
    if (outcome.finding) findings.push(outcome.finding);
  }
  if (checks === 0 && findings.length === 0) {
    const anyTable = ctx.disclosure.tables.length > 0;
    if (!anyTable) return notEvaluable('文件中没有决算表，说明中的数字无法与表核对');
  }
  return { checks, findings };
}

/**
 * A figure the text states against the figure its table prints: undefined when the two cannot be compared (no
 * table figure, an unread one, money against a count), else the comparison and its finding when they differ.
 */
export function compareWithTable(ctx: AuditContext, rule: RuleInfo, claim: Claim, reference: TableRef | undefined, unit: string | undefined, named: string) {
  const table = reference && tableValue(ctx, reference);
  const stated = claimValue(claim, unit);
  if (!reference || !table || !stated || stated.money !== table.money) return undefined;
  const difference = stated.amount.minus(table.amount).abs();
  if (difference.lte(restatementTolerance(stated, table))) return {};
  const adjusted = oneLastDigit(stated, table);
  const expected = inUnitOf(table.amount, claim, unit);
  const tail = adjusted ? '，相差末位 1 个单位（同一数字两处列示应一致）' : `，相差${inUnitOf(difference, claim, unit)}`;
  const finding = makeFinding(rule, {
    ...(adjusted ? { severity: 'warning' as const } : {}),
    message: `${sectionName(claim)}称${named}${claim.written}，${reference.label}为${table.shown}${table.shown === expected ? '' : `（${expected}）`}${tail}`,
    location: where(claim),
    expected,
    actual: claim.written,
    difference: inUnitOf(difference, claim, unit),
    sources: [claim.source, ...table.sources],
  });
  return { finding };
}

/** A rule comparing the claims it covers (each claim is covered by exactly one rule) with the tables. */
export const tableValueRule = (group: Group): Rule => defineRule(group, (ctx) => evaluate(ctx, group));
