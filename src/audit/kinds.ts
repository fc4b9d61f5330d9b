// The document kinds a rule applies to (DESIGN.md §4.1), taken from the kinds catalog. Every table rule is written
// for the 决算 template; rules over the narrative's own figures and the 绩效 text also hold in a stand-alone 绩效自评
// report; rules about a kind's standard tables as a set (their presence) hold for every kind the catalog describes;
// the 预算's rules are its own.
import { KIND_SPECS, kindSpec } from '../catalog/kinds/index.js';
import type { DocumentKind } from '../model/disclosure.js';
import { TERMS } from '../model/glossary.js';

export const FINAL_ACCOUNTS: readonly DocumentKind[] = kindSpec(TERMS.departmentFinalAccounts)!.kinds;

export const FINAL_ACCOUNTS_AND_REPORTS: readonly DocumentKind[] = [...FINAL_ACCOUNTS, TERMS.performanceReport];

/** 部门预算 and 单位预算: the 预算's own rules (its tables B01–B13 and its 情况说明). */
export const BUDGETS: readonly DocumentKind[] = kindSpec(TERMS.departmentBudget)!.kinds;

/** Every kind with standard tables in the catalog (决算 and 预算). */
export const KINDS_WITH_TABLES: readonly DocumentKind[] = KIND_SPECS.flatMap((k) => k.kinds);

/** Every kind of disclosure read here: rules about the document as a whole (the department it names). */
export const DISCLOSURE_KINDS: readonly DocumentKind[] = [...FINAL_ACCOUNTS_AND_REPORTS, ...BUDGETS];
