// The audit entry point: run every rule over a Disclosure and return the findings (errors first) and a summary.
import type { Disclosure } from '../model/disclosure.js';
import type { AuditSummary, Finding } from '../model/finding.js';
import { createContext } from './context.js';
import { runRules, type RuleInfo } from './engine.js';
import { TABLE_RULES } from './rules/index.js';

export interface AuditResult {
  findings: Finding[];
  summary: AuditSummary;
}

export function audit(disclosure: Disclosure): AuditResult {
  return runRules(TABLE_RULES, createContext(disclosure));
}

/** What every rule is, without its code: id, family, severity, title and, where written, description, basis and fix. */
export const RULE_INFOS: readonly RuleInfo[] = TABLE_RULES.map(({ id, family, severity, title, description, basis, fix }) => ({
  id,
  family,
  severity,
  title,
  ...(description ? { description } : {}),
  ...(basis ? { basis } : {}),
  ...(fix ? { fix } : {}),
}));

export { RULE_FAMILY_INFO, type RuleFamilyInfo } from './families.js';
export type { RuleInfo } from './engine.js';
