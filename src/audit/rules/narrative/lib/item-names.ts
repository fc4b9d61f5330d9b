// The 类/款/项 a §五 item names are the names of its code (N-09; Putuo P-12 … P-14): "住房保障支出（类）住房保障
// 支出（款）住房公积金（项）" names the 款 22102 住房改革支出 wrongly; a 项 name found neither in the catalog nor in
// the document's tables ("机关事业单位退休人员活动费支出") cannot be matched to a row at all. Names are compared
// without whitespace and with or without a trailing 支出, against the tables' printed names and the catalog
// (including former names).
import { FUNCTION_CODES } from '../../../../catalog/function-codes.js';
import type { TableId } from '../../../../model/table-id.js';
import type { AuditContext } from '../../../context.js';

export type Level = '类' | '款' | '项';

/** The tables that print function codes with their names. */
export const FUNCTION_TABLES: readonly TableId[] = ['T05', 'T03', 'T02', 'T07', 'T08'];

export const LINK = /([^（()）\s]+?)\s*[（(]\s*([类款项])\s*[)）]\s*(?:支出)?/g;

export const normal = (name: string): string => name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/^(?:\d+[、.．]|[-•])/, '');

/** The names printed in a chain "X（类）Y（款）Z（项）", by level. */
export function chainNames(label: string): Partial<Record<Level, string>> {
  const out: Partial<Record<Level, string>> = {};
  for (const m of label.matchAll(LINK)) out[m[2] as Level] = normal(m[1]!);
  return out;
}

/** A name without whitespace, ordinal or a trailing 支出, as names are compared. */
export const bare = (name: string): string => normal(name).replace(/支出$/, '');

/** Every name a function code goes by in this document and in the catalog, bare. */
export function namesOf(ctx: AuditContext, code: string): string[] {
  const entry = FUNCTION_CODES.get(code);
  const names = [...FUNCTION_TABLES.map((t) => ctx.printedName(t, code)), entry?.name, entry?.renamedFrom].filter((n): n is string => !!n);
  return [...new Set(names.map(bare))];
}
