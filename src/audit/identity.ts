// Declarative identities over printed numbers — `total = Σ parts` and `Σ parts ≤ total` — evaluated by one
// shared function with the rounding tolerance of tolerance.ts. Most arithmetic and cross-table rules are lists
// of these.
import Big from 'big.js';
import { printedDecimals } from '../model/decimal.js';
import type { Fact } from '../model/fact.js';
import type { Finding, Severity } from '../model/finding.js';
import { TERMS } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';
import type { AuditContext, Cell } from './context.js';
import { makeFinding, missingTables, type NotEvaluableReason, type Rule, type RuleInfo, type RuleOutcome } from './engine.js';
import { isRoundedUnit, lastDigitUnit, roundingTolerance } from './tolerance.js';

/** One printed number inside an identity, with the words that name it in the message. */
export interface Term extends Cell {
  label: string;
  /** Subtracted instead of added (年末 = 年初 + 收入 − 支出). */
  negate?: boolean;
}

export interface Identity {
  /** Opens the message: "支出决算表 21015 医疗保障管理事务". */
  subject: string;
  total: Term;
  parts: Term[];
  /** 'equals' (default): total = Σ parts. 'atMost': Σ parts ≤ total. */
  relation?: 'equals' | 'atMost';
}

export const term = (table: TableId, row: string, column: string, label: string, negate?: boolean): Term =>
  negate ? { table, row, column, label, negate } : { table, row, column, label };

export interface IdentityResult {
  /** False when none of the identity's cells carries a number: there was nothing to check. */
  evaluated: boolean;
  finding?: Finding;
}

const milder = (a: Severity, b: Severity): Severity => (a === 'info' || b === 'info' ? 'info' : a === 'warning' || b === 'warning' ? 'warning' : 'error');

/**
 * Evaluate one identity. Blank cells count as 0 (the table is present); a difference within the rounding
 * tolerance is an info 尾差; beyond it the finding has `severity` (the rule's failure severity by default).
 */
export function evaluateIdentity(ctx: AuditContext, rule: RuleInfo, identity: Identity, severity = rule.severity): IdentityResult {
  const { total, parts, relation = 'equals' } = identity;
  const factOf = (t: Term): Fact | undefined => ctx.fact(t);
  const present = [total, ...parts].flatMap((t) => {
    const fact = factOf(t);
    return fact ? [{ term: t, fact }] : [];
  });
  const first = present[0];
  if (!first) return { evaluated: false };

  const values = present.map((p) => p.fact.value);
  const dp = Math.max(...values.map(printedDecimals));
  const fmt = (x: Big): string => x.toFixed(dp);
  const sum = parts.reduce((s, p) => {
    const v = factOf(p)?.value;
    return v === undefined ? s : p.negate ? s.minus(v) : s.plus(v);
  }, new Big(0));
  const totalValue = new Big(factOf(total)?.value ?? 0);
  const difference = relation === 'atMost' ? sum.minus(totalValue) : totalValue.minus(sum);
  const excess = relation === 'atMost' ? difference : difference.abs();
  if (excess.lte(0)) return { evaluated: true };

  const unit = first.fact.unit;
  const tolerance = roundingTolerance(values, unit);
  const withinTolerance = excess.lte(tolerance);
  // The same amount printed in two tables must agree exactly. A gap of one unit in the last digit of a rounded
  // table is a rounding adjustment made in one table and not the other (Putuo 210: 236.63 vs 236.64), which
  // misstates no money: a warning. Larger gaps, and any gap in exact 元 tables, keep the rule's severity.
  const reprint = parts.length === 1 && parts[0]?.table !== total.table && !parts[0]?.negate;
  const oneUnitReprint =
    reprint && isRoundedUnit(unit) && excess.eq(values.map(lastDigitUnit).reduce((a, b) => (a.lt(b) ? a : b)));

  const shown = parts.length === 1 ? parts : parts.filter((p) => factOf(p));
  const partsText = shown.length
    ? shown.map((p, i) => `${p.negate ? (i ? ' − ' : '−') : i ? ' + ' : ''}${p.label} ${factOf(p)?.value ?? '空'}`).join('')
    : '各项均为空';
  const sumText = shown.length > 1 ? ` = ${fmt(sum)}` : '';
  const totalText = `${total.label} ${factOf(total)?.value ?? '空'}`;
  const comparison = relation === 'atMost' ? `，超过${totalText}` : `，${totalText}`;
  const tail = withinTolerance
    ? `，差 ${fmt(excess)}，在${TERMS.roundingDifference}容许范围（${fmt(tolerance)}）内`
    : oneUnitReprint
      ? `，相差末位 1 个单位：同一数字在两处列示应完全一致（可能是${TERMS.roundingDifference}调整不一致）`
      : `，相差 ${fmt(difference)}${tolerance.gt(0) ? `，超出${TERMS.roundingDifference}容许范围（${fmt(tolerance)}）` : ''}`;

  const [expected, actual] = relation === 'atMost' ? [totalValue, sum] : [sum, totalValue];
  const finding = makeFinding(rule, {
    severity: withinTolerance ? 'info' : oneUnitReprint ? milder(severity, 'warning') : severity,
    message: `${identity.subject}：${partsText}${sumText}${comparison}${tail}`,
    location: { table: total.table, row: total.row, column: total.column },
    expected: fmt(expected),
    actual: fmt(actual),
    difference: fmt(difference),
    tolerance: fmt(tolerance),
    sources: present.map((p) => p.fact.source),
  });
  return { evaluated: true, finding };
}

export function evaluateIdentities(ctx: AuditContext, rule: RuleInfo, identities: readonly Identity[], severity?: Severity): RuleOutcome {
  const results = identities.map((identity) => evaluateIdentity(ctx, rule, identity, severity));
  return {
    checks: results.filter((r) => r.evaluated).length,
    findings: results.flatMap((r) => (r.finding ? [r.finding] : [])),
  };
}

export interface IdentityRuleSpec extends RuleInfo {
  /** Tables that must be present for the rule to run. */
  tables: readonly TableId[];
  identities(ctx: AuditContext): Identity[] | NotEvaluableReason;
}

/** A rule that is nothing but a list of identities over the given tables. */
export function identityRule({ tables, identities, ...info }: IdentityRuleSpec): Rule {
  return {
    ...info,
    evaluate(ctx) {
      const missing = missingTables(ctx, tables);
      if (missing) return missing;
      const list = identities(ctx);
      return Array.isArray(list) ? evaluateIdentities(ctx, info, list) : list;
    },
  };
}
