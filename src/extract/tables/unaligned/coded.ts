import type { TableTemplate } from '../../../catalog/tables.js';
import { TERMS } from '../../../model/glossary.js';
import type { GridRow } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { isColumnNumberRow } from '../../header.js';
import { columnOrder, firstIsSum, isValue, lineTokens, type Token } from './tokens.js';

const CODE = /^\d{3}(\d{2}){0,2}$/;
/** A 款 or 项 part printed alone (split 类 | 款 | 项 columns): which of the two it is cannot be told from order. */
const CODE_PART = /^\d{2}$/;

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
export function readCodedInOrder(rows: GridRow[], template: TableTemplate, sink: FactSink): void {
  const lines = lineTokens(rows);
  const starts = (tokens: Token[]) => tokens.length > 0 && (CODE.test(tokens[0]!.text) || CODE_PART.test(tokens[0]!.text) || tokens[0]!.text === TERMS.total);
  const first = lines.findIndex(starts);
  if (first < 0) return;
  const columns = columnOrder(lines.slice(0, first).flat().map((t) => t.text).join(''), template.columns);
  const entries: Entry[] = [];
  rows.slice(first).forEach((row, k) => {
    const tokens = lines[first + k]!;
    if (isColumnNumberRow(row)) {
      for (const t of tokens) sink.skip(t.cell, 'column-number');
      return;
    }
    let rest = tokens;
    if (starts(tokens)) {
      const head = tokens[0]!;
      entries.push({ key: CODE_PART.test(head.text) ? undefined : head.text, head, name: [], values: [], doubtful: false, after: false });
      rest = tokens.slice(1);
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
