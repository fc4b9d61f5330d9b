// The audit entry point: run every rule over a Disclosure and return the findings (errors first) and a summary.
import { kindSpec } from '../catalog/kinds/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { AuditSummary, Finding } from '../model/finding.js';
import { createContext } from './context.js';
import { appliesTo, runRules } from './engine.js';
import { TABLE_RULES } from './rules/index.js';

export interface AuditResult {
  findings: Finding[];
  summary: AuditSummary;
}

/**
 * The rules of the document's kind: a 预算's for a budget, the 决算's otherwise (a 绩效 report or a text without
 * standard tables is read as part of a 决算 package).
 */
export function audit(disclosure: Disclosure): AuditResult {
  const family = kindSpec(disclosure.document.kind)?.family ?? 'final-accounts';
  return runRules(
    TABLE_RULES.filter((r) => appliesTo(r, family)),
    createContext(disclosure),
  );
}
