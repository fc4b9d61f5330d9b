// The audit entry point: run every rule over a Disclosure and return the findings (errors first) and a summary.
import type { Disclosure } from '../model/disclosure.js';
import type { Analysis } from '../model/analysis.js';
import type { AuditSummary } from '../model/finding.js';
import type { RelatedDocument } from '../model/related-document.js';
import { createContext } from './context.js';
import { runRules, type RuleInfo } from './engine.js';
import { RULES } from './rules/registry.js';

/** The audit's part of an Analysis: the findings and the summary. */
export type AuditResult = Omit<Analysis, 'disclosure'>;

/**
 * Every rule over one document. Rules across documents compare it with `related` (other documents of the same
 * department); a document audited on its own lists them as not evaluable.
 */
export function audit(disclosure: Disclosure, related: readonly RelatedDocument[] = []): AuditResult {
  return runRules(RULES, createContext(disclosure, related));
}

const CROSS_DOCUMENT_RULES = RULES.filter((r) => r.family === 'cross-document');

/** Only the rules across documents: what changes when a related document arrives, is replaced or is removed. */
export function auditAcross(disclosure: Disclosure, related: readonly RelatedDocument[]): AuditResult {
  return runRules(CROSS_DOCUMENT_RULES, createContext(disclosure, related));
}

/**
 * The summary of a document audited on its own (`own`, in which every rule across documents was not evaluable)
 * with the outcome of the rules across documents in their place.
 */
export function withCrossDocument(own: AuditSummary, across: AuditResult): AuditSummary {
  const ownOnly = own.notEvaluable.filter((n) => n.family !== 'cross-document');
  const { summary } = across;
  return {
    ...own,
    errors: own.errors + summary.errors,
    warnings: own.warnings + summary.warnings,
    infos: own.infos + summary.infos,
    rules: {
      passed: own.rules.passed + summary.rules.passed,
      failed: own.rules.failed + summary.rules.failed,
      notEvaluable: ownOnly.length + summary.notEvaluable.length,
    },
    notEvaluable: [...ownOnly, ...summary.notEvaluable],
  };
}

/** What every rule is, without its code: id, family, severity, title, description, basis, fix and document kinds. */
export const RULE_INFOS: readonly RuleInfo[] = RULES.map(({ id, family, severity, title, description, basis, fix, kinds }) => ({ id, family, severity, title, description, basis, fix, kinds }));

export { RULE_FAMILY_INFO, type RuleFamilyInfo } from './families.js';
export type { RuleInfo } from './engine.js';
