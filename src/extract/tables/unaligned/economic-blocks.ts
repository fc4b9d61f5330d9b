import { ECONOMIC_CODES } from '../../../catalog/economic-codes.js';
import type { TableTemplate } from '../../../catalog/tables.js';
import { TERMS } from '../../../model/glossary.js';
import type { GridRow } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { compact } from '../../normalize.js';
import { isValue, lineTokens, type Token } from './tokens.js';

const ECONOMIC_CODE = /^3\d{2}(\d{2})?$/;
const TOTALS: readonly string[] = [TERMS.personnelTotal, TERMS.publicTotal];

interface Entry {
  key: string;
  head: Token;
  name: string[];
  values: Token[];
  /** A label after the value: the name printed after its number, or the next row's name before its code. */
  after: boolean;
}

/**
 * Whether the name printed before a code's value says the value is the code's: the name is the catalog's (or one of
 * its recorded forms), or unknown (not printed before the value). A name made of pieces of other names means that a
 * line went missing between the code and the value.
 */
function nameFits(code: string, name: string): boolean {
  const entry = ECONOMIC_CODES.get(code);
  if (name === '' || !entry) return true;
  return [entry.name, ...entry.aliases].some((n) => compact(n) === name);
}

/**
 * 公开06 whose cells do not line up. Read as one stream of tokens, block after block and line after line, every
 * code (or 人员经费合计 / 公用经费合计) is followed by its name and its one 决算数: a code's value is the value before
 * the next code, wherever the copy broke the lines. A value is taken only when it is the code's only one and its
 * name (where printed before it) is the code's; the two-column variant (金额 and 基本支出) stays unread.
 */
export function readEconomicBlocksInOrder(rows: GridRow[], template: TableTemplate, sink: FactSink): void {
  const tokens = lineTokens(rows).flat();
  const first = tokens.findIndex((t) => ECONOMIC_CODE.test(t.text) || TOTALS.includes(t.text));
  if (first < 0) return;
  // the header names the amount columns once per block: 决算数 only, or also 金额
  const header = tokens.slice(0, first).map((t) => t.text);
  const oneAmount = !header.some((t) => t === TERMS.amount || t.includes('其中'));
  const entries: Entry[] = [];
  for (const t of tokens.slice(first)) {
    const entry = entries.at(-1);
    if (ECONOMIC_CODE.test(t.text) || TOTALS.includes(t.text)) entries.push({ key: t.text, head: t, name: [], values: [], after: false });
    else if (isValue(t)) entry!.values.push(t);
    else if (entry!.values.length === 0) entry!.name.push(t.text);
    else entry!.after = true;
  }
  const column = template.columns[0]!.key;
  for (const { key, head, name, values, after } of entries) {
    const printed = after ? '' : name.join('');
    if (!TOTALS.includes(key)) sink.addCode(key, printed, head.cell);
    if (oneAmount && values.length === 1 && (TOTALS.includes(key) || nameFits(key, printed))) sink.add(key, column, values[0]!.cell);
    for (const v of values) sink.leave(v.cell, key);
  }
}
