// The audit entry point: run every rule over a Disclosure and return the findings (errors first) and a summary.
import type { Disclosure } from '../model/disclosure.js';
import type { Analysis } from '../model/analysis.js';
import { createContext } from './context.js';
import { runRules } from './engine.js';
import { RULES } from './rules/registry.js';

/** The audit's part of an Analysis: the findings and the summary. */
export function audit(disclosure: Disclosure): Omit<Analysis, 'disclosure'> {
  return runRules(RULES, createContext(disclosure));
}
