import type { TableSpec } from '../../../catalog/kinds/index.js';
import { TERMS } from '../../../model/glossary.js';
import type { GridRow } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { isColumnNumberRow } from '../../header.js';
import { columnOrder, firstIsSum, isValue, lineTokens, type Token } from './tokens.js';

const CODE = /^\d{3}(\d{2}){0,2}$/;
const CLASS_PART = /^\d{3}$/;
/** A 款 or 项 part printed alone (split 类 | 款 | 项 columns): which of the two it is cannot be told from order. */
const CODE_PART = /^\d{2}$/;

/**
 * The code a line starts with, and how many tokens print it: a whole code, 合计, or the 类 | 款 | 项 parts of split
 * code columns when the line prints them all before the name ("208 05 02 事业单位离退休"). A line that starts with
 * a 款 or 项 part alone gives an unknown code (key undefined).
 */
function lineHead(tokens: readonly Token[]): { key?: string; length: number } | undefined {
  const first = tokens[0]?.text;
  if (first === undefined) return undefined;
  if (first === TERMS.total) return { key: first, length: 1 };
  if (CODE_PART.test(first)) return { length: 1 };
  if (!CODE.test(first)) return undefined;
  if (!CLASS_PART.test(first)) return { key: first, length: 1 };
  let parts = 1;
  while (parts < 3 && CODE_PART.test(tokens[parts]?.text ?? '')) parts++;
  // parts before the name (or the line's end): values never come between a code and its name
  const next = tokens[parts];
  if (parts > 1 && next !== undefined && isValue(next)) return { length: 1 };
  return { key: tokens.slice(0, parts).map((t) => t.text).join(''), length: parts };
}

interface Entry {
  /** The row key: a function code or 合计; undefined for a row whose code cannot be told. */
  key?: string;
  head: Token;
  name: string[];
  values: Token[];
  /** The line that printed the values: a row prints all its values on one line. */
  valueLine?: number;
  /** Values on a second line: a line of the table went missing, and these values may be another row's. */
  doubtful: boolean;
  /** A label after the values: the name printed after its numbers, or the next row's name before its code. */
  after: boolean;
}

/**
 * A coded table (公开02/03/05/07/08) whose cells do not line up: each row starts with its code (or 合计) and lists
 * its name, then its values, all on one line (values on a second line before the next code mean that a line went
 * missing: they stay unread). The values are put in columns by order only where that is certain: when the row
 * prints a value for every column; otherwise, when the first value is the sum of the others, only that total. The
 * rest stay unread on their row.
 */
export function readCodedInOrder(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const lines = lineTokens(rows);
  for (const [r, row] of rows.entries()) if (isColumnNumberRow(row)) for (const t of lines[r]!) sink.skip(t.cell, 'column-number');
  const first = lines.findIndex((tokens) => lineHead(tokens) !== undefined);
  if (first < 0) return;
  const columns = columnOrder(lines.slice(0, first).flat().map((t) => t.text).join(''), template.columns);
  const entries: Entry[] = [];
  rows.slice(first).forEach((row, k) => {
    const tokens = lines[first + k]!;
    if (isColumnNumberRow(row)) return;
    let rest = tokens;
    const head = lineHead(tokens);
    if (head) {
      const parts = tokens.slice(0, head.length);
      // the code parts are printed codes, not numbers of the table
      for (const part of parts.slice(0, -1)) sink.skip(part.cell, 'code');
      entries.push({ key: head.key, head: parts.at(-1)!, name: [], values: [], doubtful: false, after: false });
      rest = tokens.slice(head.length);
    }
    const entry = entries.at(-1);
    if (!entry) return;
    for (const t of rest) {
      if (isValue(t)) {
        entry.values.push(t);
        if (entry.valueLine !== undefined && entry.valueLine !== k) entry.doubtful = true;
        entry.valueLine = k;
      } else if (entry.values.length === 0) entry.name.push(t.text);
      else entry.after = true;
    }
  });

  // the first column may be the row's total (本年收入合计, 本年支出合计, 小计, 合计), the sum of all the others
  const total = (columns ?? template.columns)[0];
  const totalFirst = total !== undefined && /合计|小计/.test(total.key);
  for (const { key, head, name, values, doubtful, after } of entries) {
    if (key === undefined) continue;
    if (key !== TERMS.total) sink.addCode(key, after ? '' : name.join(''), head.cell);
    if (doubtful) {
      for (const v of values) sink.leave(v.cell, key);
      continue;
    }
    if (columns && values.length === columns.length) values.forEach((v, j) => sink.add(key, columns[j]!.key, v.cell));
    else if (totalFirst && firstIsSum(values)) sink.add(key, total.key, values[0]!.cell);
    for (const v of values) sink.leave(v.cell, key);
  }
}
