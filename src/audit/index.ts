// The audit entry point: run every rule over a Disclosure and return the findings (errors first) and a summary.
import type { Disclosure } from '../model/disclosure.js';
import type { Analysis } from '../model/analysis.js';
import { createContext } from './context.js';
import { runRules, type RuleInfo } from './engine.js';
import { RULES } from './rules/registry.js';

/** The audit's part of an Analysis: the findings and the summary. */
export function audit(disclosure: Disclosure): Omit<Analysis, 'disclosure'> {
  return runRules(RULES, createContext(disclosure));
}

/** What every rule is, without its code: id, family, severity, title, description, basis, fix and document kinds. */
export const RULE_INFOS: readonly RuleInfo[] = RULES.map(({ id, family, severity, title, description, basis, fix, kinds }) => ({ id, family, severity, title, description, basis, fix, kinds }));

export { RULE_FAMILY_INFO, type RuleFamilyInfo } from './families.js';
export type { RuleInfo } from './engine.js';
