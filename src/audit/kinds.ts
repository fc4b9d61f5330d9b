// The document kinds a rule applies to (DESIGN.md §4.1), taken from the kinds catalog. Every table rule is written
// for the 决算 template; rules over the narrative's own figures and the 绩效 text also hold in a stand-alone 绩效自评
// report; rules about a kind's standard tables as a set (their presence) hold for every kind the catalog describes.
import { KIND_SPECS, kindSpec } from '../catalog/kinds/index.js';
import type { DocumentKind } from '../model/disclosure.js';
import { TERMS } from '../model/glossary.js';

export const FINAL_ACCOUNTS: readonly DocumentKind[] = kindSpec(TERMS.departmentFinalAccounts)!.kinds;

export const FINAL_ACCOUNTS_AND_REPORTS: readonly DocumentKind[] = [...FINAL_ACCOUNTS, TERMS.performanceReport];

/** Every kind with standard tables in the catalog (决算 today, 预算 when its kind is described). */
export const KINDS_WITH_TABLES: readonly DocumentKind[] = KIND_SPECS.flatMap((k) => k.kinds);
