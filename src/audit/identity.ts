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
import { INCOMPLETE_READING, makeFinding, type Evaluated, missingTables, notEvaluable, type NotEvaluableReason, type Rule, type RuleInfo, type RuleRef } from './engine.js';
import { tableName } from './naming.js';
import { suspectMisread } from './ocr-misread.js';
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
  /** The parts are every row of this table under the total: they hold only when the table's rows were all read. */
  enumerates?: TableId;
}

export const term = (table: TableId, row: string, column: string, label: string, negate?: boolean): Term =>
  negate ? { table, row, column, label, negate } : { table, row, column, label };

export interface IdentityResult {
  /** False when none of the identity's cells carries a number, or one may have gone unread: nothing was checked. */
  evaluated: boolean;
  finding?: Finding;
}

const milder = (a: Severity, b: Severity): Severity => (a === 'info' || b === 'info' ? 'info' : a === 'warning' || b === 'warning' ? 'warning' : 'error');

/** A printed decimal as an integer count of 10^-dp, when that is exact in a double (at most 15 digits). */
function scaledInteger(value: string, dp: number): number | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return undefined;
  const digits = m[2]! + (m[3] ?? '').padEnd(dp, '0');
  if (digits.length > 15) return undefined;
  return m[1] ? -Number(digits) : Number(digits);
}

/**
 * How far the identity misses, in units of 10^-dp (≤ 0 when it holds), computed on safe integers; undefined when a
 * value does not fit, and the caller falls back to big.js.
 */
function integerExcess(total: string | undefined, parts: readonly { value: string | undefined; negate?: boolean | undefined }[], relation: 'equals' | 'atMost', dp: number): number | undefined {
  let sum = 0;
  for (const p of parts) {
    if (p.value === undefined) continue;
    const v = scaledInteger(p.value, dp);
    if (v === undefined) return undefined;
    sum = p.negate ? sum - v : sum + v;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  const t = total === undefined ? 0 : scaledInteger(total, dp);
  if (t === undefined) return undefined;
  const difference = relation === 'atMost' ? sum - t : t - sum;
  if (!Number.isSafeInteger(difference)) return undefined;
  return relation === 'atMost' ? difference : Math.abs(difference);
}

/**
 * Evaluate one identity. Blank cells count as 0 (the table is present and was read there); a cell that may print
 * a number the reader did not read makes the identity not evaluable, never 0. A difference within the rounding
 * tolerance is an info 尾差; beyond it the finding has `severity` (the rule's failure severity by default).
 */
export function evaluateIdentity(ctx: AuditContext, rule: RuleRef, identity: Identity, severity = rule.severity): IdentityResult {
  const { total, parts, relation = 'equals' } = identity;
  const cells = [total, ...parts].map((t) => ({ term: t, ...ctx.cell(t) }));
  const present = cells.flatMap((c) => (c.fact ? [{ term: c.term, fact: c.fact }] : []));
  const first = present[0];
  if (!first) return { evaluated: false };
  if (cells.some((c) => !c.known) || (identity.enumerates && !ctx.rowsComplete(identity.enumerates))) return { evaluated: false };
  const facts = new Map(present.map((p) => [p.term, p.fact]));
  const factOf = (t: Term): Fact | undefined => facts.get(t);

  const values = present.map((p) => p.fact.value);
  const dp = Math.max(...values.map(printedDecimals));
  // Most identities hold: decide that on exact integers of the finest printed digit, without big.js.
  const excessUnits = integerExcess(factOf(total)?.value, parts.map((p) => ({ value: factOf(p)?.value, negate: p.negate })), relation, dp);
  if (excessUnits !== undefined && excessUnits <= 0) return { evaluated: true };
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
  // A failure that one slip of OCR would explain is a probable misread, not an error of the document.
  const misread =
    withinTolerance || oneUnitReprint || relation === 'atMost'
      ? undefined
      : suspectMisread(
          present.map((p) => p.fact),
          (fact) => {
            const at = present.find((p) => p.fact === fact)!.term;
            if (at === total) return sum;
            return at.negate ? new Big(fact.value).minus(difference) : new Big(fact.value).plus(difference);
          },
        );
  const misreadText = misread
    ? `可能是识别错误：${present.find((p) => p.fact === misread.fact)!.term.label} 识别为 ${misread.fact.value}（扫描件文字识别，置信度 ${Math.round(misread.fact.confidence! * 100)}%）` +
      (misread.alternative ? `，若为 ${misread.alternative} 则此式成立` : '') +
      '，请对照原件核对。'
    : '';
  const finding = makeFinding(rule, {
    severity: withinTolerance ? 'info' : oneUnitReprint ? milder(severity, 'warning') : misread ? milder(severity, 'warning') : severity,
    message: `${misreadText}${identity.subject}：${partsText}${sumText}${comparison}${tail}`,
    location: { table: total.table, row: total.row, column: total.column },
    expected: fmt(expected),
    actual: fmt(actual),
    difference: fmt(difference),
    tolerance: fmt(tolerance),
    sources: present.map((p) => p.fact.source),
  });
  return { evaluated: true, finding };
}

export function evaluateIdentities(ctx: AuditContext, rule: RuleRef, identities: readonly Identity[], severity?: Severity): Evaluated {
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
      if (!Array.isArray(list)) return list;
      const outcome = evaluateIdentities(ctx, info, list);
      // Nothing to check because a table's rows were not read is not the same as a table without numbers.
      const unread = tables.filter((t) => !ctx.rowsComplete(t));
      if (outcome.checks === 0 && outcome.findings.length === 0 && unread.length > 0) {
        return notEvaluable(`${INCOMPLETE_READING}：${unread.map((t) => `《${tableName(t)}》`).join('、')}有数字未能读取`);
      }
      return outcome;
    },
  };
}
