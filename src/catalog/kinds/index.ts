// The registry of document kinds and their standard tables: the one place every layer looks tables up.
import type { DocumentKind } from '../../model/disclosure.js';
import { ECONOMIC_CODES } from '../economic-codes.js';
import { FUNCTION_CODES } from '../function-codes.js';
import type { TableId } from '../../model/table-id.js';
import { BUDGET } from './budget.js';
import { FINAL_ACCOUNTS } from './final-accounts.js';
import type { KindFamily, KindSpec, RegionalProfile, TableSpec } from './spec.js';

export type { ColumnSpec, KindFamily, KindSpec, PrintedColumn, PrintedRow, PrintForm, RegionalProfile, RowSpec, TableLayout, TableSpec } from './spec.js';
export { VEHICLE_CATEGORIES } from './final-accounts.js';

export const KIND_SPECS: readonly KindSpec[] = [FINAL_ACCOUNTS, BUDGET];

/** Every standard table of every kind (ids are unique across kinds). */
export const TABLE_SPECS: readonly TableSpec[] = KIND_SPECS.flatMap((k) => k.tables);

const BY_ID = new Map<TableId, TableSpec>(TABLE_SPECS.map((t) => [t.id, t]));
const KIND_OF_TABLE = new Map<TableId, KindSpec>(KIND_SPECS.flatMap((k) => k.tables.map((t) => [t.id, k] as const)));

/** The spec of a table id; every TableId has one. */
export function tableSpec(id: TableId): TableSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`no table spec for ${id}`);
  return spec;
}

/** The kind a document kind belongs to; undefined for kinds without standard tables (绩效报告, 其他). */
export const kindSpec = (kind: DocumentKind): KindSpec | undefined => KIND_SPECS.find((k) => k.kinds.includes(kind));

/**
 * The 预算 a 决算 of this kind is set against: the same level (部门 with 部门, 单位 with 单位), the kinds of both
 * families being listed in the same order; undefined for a kind that is no 决算.
 */
export function budgetKindOf(kind: DocumentKind): DocumentKind | undefined {
  const index = FINAL_ACCOUNTS.kinds.indexOf(kind);
  return index < 0 ? undefined : BUDGET.kinds[index];
}

/** The kind spec of a family. */
export function familySpec(family: KindFamily): KindSpec {
  return KIND_SPECS.find((k) => k.family === family)!;
}

/** The kind whose table this is. */
export function kindOfTable(id: TableId): KindSpec {
  const kind = KIND_OF_TABLE.get(id);
  if (!kind) throw new Error(`no kind for table ${id}`);
  return kind;
}

/** The catalog's name of a code printed in a table: an economic code in an economic-coded table, else a function code. */
export function catalogCodeName(table: TableId, code: string): string | undefined {
  return (tableSpec(table).codes === 'economic' ? ECONOMIC_CODES : FUNCTION_CODES).get(code)?.name;
}

/** Where a document comes from, as far as regional templates care. */
export interface DocumentPlace {
  department?: string | undefined;
  region?: string | undefined;
}

/** The regional templates that apply to a document (its department or region names one of their regions). */
export const regionalProfilesOf = (kind: KindSpec, { department = '', region = '' }: DocumentPlace): RegionalProfile[] =>
  kind.regional.filter((p) => p.regions.some((r) => department.includes(r) || region.includes(r)));

/** The tables a document must publish: its kind's own, and those its region's template adds (山西's 公开10). */
export const requiredTables = (kind: KindSpec, place: DocumentPlace): TableId[] => [...kind.required, ...regionalProfilesOf(kind, place).flatMap((p) => p.tables)];
