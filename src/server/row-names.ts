// What a fact's row is, in words: the 科目 name of a code (as the document printed it, else the catalog's), its
// level in the classification (类/款/项), and its 类. Used by the rebuilt tables, the exports, search and compare.
import { catalogCodeName } from '../catalog/kinds/index.js';
import { isTableId } from '../model/table-id.js';

export type RowLevel = '类' | '款' | '项' | '合计' | '行';

const isCode = (row: string): boolean => /^\d{3,7}$/.test(row);

/** The 科目 name of a coded row: as the document printed it, else the catalog's (by the table's classification). */
export function codeName(table: string, row: string, printed?: ReadonlyMap<string, string>): string | undefined {
  if (!isCode(row)) return undefined;
  return printed?.get(row) ?? (isTableId(table) ? catalogCodeName(table, row) : undefined);
}

/** "2101501 行政运行" for a code, the standard row label itself otherwise. */
export function rowLabel(table: string, row: string, printed?: ReadonlyMap<string, string>): string {
  const name = codeName(table, row, printed);
  return name ? `${row} ${name}` : row;
}

/**
 * The row's level: 类/款/项 for a classification code (3, 5, 7 digits), 合计 for a total row (合计, …总计, …合计),
 * 行 for any other standard row. Sums over rows of one level and one table count no money twice.
 */
export function rowLevel(table: string, row: string): RowLevel {
  if (isCode(row)) return row.length === 3 ? '类' : row.length === 5 ? '款' : '项';
  return /(合计|总计)$/.test(row) ? '合计' : '行';
}

/** Nesting depth for indentation (类 0, 款 1, 项 2). */
export const rowDepth = (table: string, row: string): number => ({ 类: 0, 款: 1, 项: 2, 合计: 0, 行: 0 })[rowLevel(table, row)];

/** The 类 code a coded row belongs to, null for other rows. */
export const classCode = (row: string): string | null => (isCode(row) ? row.slice(0, 3) : null);
