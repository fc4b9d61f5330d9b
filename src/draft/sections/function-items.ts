// Function classification rows of a coded table (公开05, 07, 08) as the narrative names them: the printed
// chain "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）" with the table's own names, so that a reader
// maps the words back to the code.
import type { TableId } from '../../model/table-id.js';
import type { FactBook } from '../fact-book.js';

export interface FunctionRow {
  code: string;
  name: string;
}

/** Rows of `table` printing a code (in printed order), with their names. */
export function functionRows(book: FactBook, table: TableId): FunctionRow[] {
  return book.codes(table).filter((c) => /^\d{3}(\d{2}){0,2}$/.test(c.code));
}

/** The deepest rows: codes no other printed code of the table extends (项, or a 款/类 printed without children). */
export function leafRows(rows: readonly FunctionRow[]): FunctionRow[] {
  return rows.filter((r) => !rows.some((o) => o.code !== r.code && o.code.startsWith(r.code)));
}

export const classRows = (rows: readonly FunctionRow[]): FunctionRow[] => rows.filter((r) => r.code.length === 3);

const LEVELS = ['类', '款', '项'] as const;

/** "X（类）Y（款）Z（项）" for a code, names from the table (the catalog's when the table omits a level). */
export function chainLabel(rows: readonly FunctionRow[], code: string, fallback: (code: string) => string | undefined = () => undefined): string {
  const parts: string[] = [];
  for (let level = 0; level * 2 + 3 <= code.length; level++) {
    const prefix = code.slice(0, level * 2 + 3);
    const name = rows.find((r) => r.code === prefix)?.name ?? fallback(prefix) ?? prefix;
    parts.push(`${name}（${LEVELS[level]}）`);
  }
  return parts.join('');
}
