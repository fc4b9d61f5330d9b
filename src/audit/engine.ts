// The one engine every rule family runs on. A rule is data (id, family, failure severity, Chinese title) plus a
// small evaluate function; the engine runs them, keeps the reasons of rules that could not run, and counts what
// passed and failed.
import type { Analysis } from '../model/analysis.js';
import type { DocumentKind } from '../model/disclosure.js';
import type { Finding, Location, NotEvaluable, ReadingSummary, RuleFamily, Severity } from '../model/finding.js';
import type { Source } from '../model/source.js';
import { TABLE_IDS, type TableId } from '../model/table-id.js';
import { trackingContext, type AuditContext } from './context.js';
import { mergeDuplicates } from './duplicates.js';
import { tableName } from './naming.js';

/** The result of a rule that ran: how many checks it evaluated and what it found. */
export interface Evaluated {
  checks: number;
  findings: Finding[];
}

/** The rule's inputs are missing; the reason is shown to the user in Chinese. */
export interface NotEvaluableReason {
  notEvaluable: string;
}

export type RuleOutcome = Evaluated | NotEvaluableReason;

/** A rule as a reviewer reads it: what it checks, what it rests on, how to fix what it finds, where it applies. */
export interface RuleInfo {
  /** Family letter and number (T01-01, X-04, N-02, K-06 …); the rule's file is rules/<family>/<id>.ts. */
  id: string;
  family: RuleFamily;
  /** Severity of a failure: 'error' for rules that always hold, 'warning' for rules that usually hold. */
  severity: Severity;
  /** What the rule checks, in a short Chinese line. */
  title: string;
  /** What it checks, in plain Chinese words a reviewer understands. */
  description: string;
  /** The 公开 requirement or the arithmetic identity it rests on. */
  basis: string;
  /** How the department fixes what it finds. */
  fix: string;
  /** The document kinds it applies to; on any other kind it does not run. */
  kinds: readonly DocumentKind[];
}

export interface Rule extends RuleInfo {
  evaluate(ctx: AuditContext): RuleOutcome;
}

/** What a finding carries of its rule. */
export type RuleRef = Pick<RuleInfo, 'id' | 'family' | 'severity'>;

/** A rule from its description and an evaluate function that receives the description (to build findings). */
export function defineRule(info: RuleInfo, evaluate: (ctx: AuditContext, rule: RuleInfo) => RuleOutcome): Rule {
  return { ...info, evaluate: (ctx) => evaluate(ctx, info) };
}

export interface FindingDetails {
  message: string;
  location: Location;
  sources: Source[];
  /** Defaults to the rule's failure severity. */
  severity?: Severity;
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  /** For a finding across documents: the other document and where it prints the compared figures. */
  related?: Finding['related'];
}

export function makeFinding(rule: RuleRef, details: FindingDetails): Finding {
  const { severity = rule.severity, ...rest } = details;
  return { rule: rule.id, family: rule.family, severity, ...rest };
}

export const notEvaluable = (reason: string): NotEvaluableReason => ({ notEvaluable: reason });

export const isNotEvaluable = (outcome: RuleOutcome): outcome is NotEvaluableReason => 'notEvaluable' in outcome;

/** The reason a rule cannot run when some of its tables are absent, or undefined when all are present. */
export function missingTables(ctx: AuditContext, tables: readonly TableId[]): NotEvaluableReason | undefined {
  const missing = tables.filter((t) => !ctx.hasTable(t));
  return missing.length ? notEvaluable(`文件中没有${missing.map((t) => `《${tableName(t)}》`).join('、')}`) : undefined;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function tableRank(location: Location): number {
  return 'table' in location ? TABLE_IDS.indexOf(location.table) : TABLE_IDS.length;
}

const rowOf = (location: Location): string => ('table' in location ? (location.row ?? '') : '');

/** Errors first, then warnings, then infos; within a severity by table, then row (a stable sort keeps rule order). */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity) return bySeverity;
  const byTable = tableRank(a.location) - tableRank(b.location);
  if (byTable) return byTable;
  const [ra, rb] = [rowOf(a.location), rowOf(b.location)];
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/**
 * How completely the document's tables were read. A document in which no table was found is not completely read
 * either: none of its figures was checked, so it never passes as a clean audit.
 */
function readingSummary(ctx: AuditContext): ReadingSummary {
  const { tables } = ctx.disclosure;
  const incomplete = tables.filter((t) => t.reading.status === 'partial' || t.reading.status === 'unread');
  return {
    complete: tables.length > 0 && incomplete.length === 0,
    incompleteTables: incomplete.map((t) => t.id),
    unreadNumbers: incomplete.reduce((n, t) => n + t.reading.unread.length, 0),
  };
}

/** Why a rule, or some of its checks, could not run: a table it needs was not read completely. */
export const INCOMPLETE_READING = '读取不完整';

export function runRules(rules: readonly Rule[], ctx: AuditContext): Omit<Analysis, 'disclosure'> {
  const findings: Finding[] = [];
  const skipped: NotEvaluable[] = [];
  let passed = 0;
  let failed = 0;
  const kind = ctx.disclosure.document.kind;
  for (const rule of rules) {
    if (!rule.kinds.includes(kind)) {
      skipped.push({ rule: rule.id, family: rule.family, reason: `不适用于${kind}` });
      continue;
    }
    const view = trackingContext(ctx);
    const outcome = rule.evaluate(view);
    if (isNotEvaluable(outcome)) {
      skipped.push({ rule: rule.id, family: rule.family, reason: outcome.notEvaluable });
      continue;
    }
    // A rule that relied on a cell or a row list that was not read completely proves nothing either way.
    if (view.touchedUnread) {
      skipped.push({ rule: rule.id, family: rule.family, reason: `${INCOMPLETE_READING}：规则用到的表格有数字未能读取` });
      continue;
    }
    // A rule that evaluated nothing (its tables are present but hold no relevant number) has not passed either.
    if (outcome.checks === 0 && outcome.findings.length === 0) {
      const reason = view.leftOutUnread ? `${INCOMPLETE_READING}：要核对的数字未能读取` : '相关表中没有可核对的数据';
      skipped.push({ rule: rule.id, family: rule.family, reason });
      continue;
    }
    findings.push(...outcome.findings);
    if (outcome.findings.some((f) => f.severity !== 'info')) failed++;
    else passed++;
  }
  const merged = mergeDuplicates(findings).sort(compareFindings);
  const count = (s: Severity): number => merged.filter((f) => f.severity === s).length;
  return {
    findings: merged,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      rules: { passed, failed, notEvaluable: skipped.length },
      notEvaluable: skipped,
      reading: readingSummary(ctx),
    },
  };
}
