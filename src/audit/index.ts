// The audit entry point: run every rule over a Disclosure and return the findings (errors first) and a summary.
import type { Disclosure } from '../model/disclosure.js';
import type { AuditSummary, Finding } from '../model/finding.js';
import { createContext } from './context.js';
import { runRules } from './engine.js';
import { RULES } from './rules/registry.js';

export interface AuditResult {
  findings: Finding[];
  summary: AuditSummary;
}

export function audit(disclosure: Disclosure): AuditResult {
  return runRules(RULES, createContext(disclosure));
}
