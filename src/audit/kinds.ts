// The document kinds a rule applies to (DESIGN.md §4.1). Every table rule is written for the 决算 template; rules
// over the narrative's own figures and the 绩效 text also hold in a stand-alone 绩效自评 report.
import type { DocumentKind } from '../model/disclosure.js';
import { TERMS } from '../model/glossary.js';

export const FINAL_ACCOUNTS: readonly DocumentKind[] = [TERMS.departmentFinalAccounts, TERMS.unitFinalAccounts];

export const FINAL_ACCOUNTS_AND_REPORTS: readonly DocumentKind[] = [...FINAL_ACCOUNTS, TERMS.performanceReport];
