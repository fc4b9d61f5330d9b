import { ECONOMIC_CODES } from '../../../catalog/economic-codes.js';
import type { TableSpec } from '../../../catalog/kinds/index.js';
import { TERMS } from '../../../model/glossary.js';
import type { GridRow, LineBlock } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { compact } from '../../normalize.js';
import { isValue, lineTokens, type Token } from './tokens.js';

const ECONOMIC_CODE = /^3\d{2}(\d{2})?$/;
const TOTALS: readonly string[] = [TERMS.personnelTotal, TERMS.publicTotal];

interface Entry {
  key: string;
  head: Token;
  /** The line of the code. */
  line: number;
  name: string[];
  values: Token[];
  /** Lines after the code's that carry on its name. */
  nameLines: Set<number>;
  /** The code's line prints (a piece of) its name. */
  nameOnCodeLine: boolean;
  /** A value away from its code: on a later line with lines between that are not its name's. */
  astray: boolean;
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
 * Whether a value printed on a later line than its code is still the code's: the lines between carry on its name,
 * and the value follows a piece of the name on its own line, or the code stood alone on its line with its name on
 * the lines below. A value that starts a line right after its code's line is another column's (a copy that printed
 * the columns one after another).
 */
function carriedOver(entry: Entry, line: number): boolean {
  for (let l = entry.line + 1; l < line; l++) if (!entry.nameLines.has(l)) return false;
  return entry.nameLines.has(line) || (!entry.nameOnCodeLine && entry.nameLines.size > 0);
}

/**
 * 公开06 whose cells do not line up. Read as one stream of tokens, block after block and line after line, every
 * code (or 人员经费合计 / 公用经费合计) is followed by its name and its one 决算数: a code's value is the value before
 * the next code. A value is taken only when it is the code's only one, on the code's line or after the name on the
 * next line (a copy that printed the columns one after another mixes the rows), and its name (where printed before
 * it) is the code's; the two-column variant (金额 and 基本支出) stays unread.
 */
export function readEconomicBlocksInOrder(rows: GridRow[], template: TableSpec, sink: FactSink, lines: readonly LineBlock[]): void {
  const tokens = lineTokens(rows).flatMap((line, k) => line.map((t) => ({ ...t, line: k })));
  const first = tokens.findIndex((t) => ECONOMIC_CODE.test(t.text) || TOTALS.includes(t.text));
  if (first < 0) return;
  // the header (in the grid or on lines of its own) names the amount columns of a block: 决算数 only, or also 金额
  const header = [...tokens.slice(0, first).map((t) => t.text), ...lines.flatMap((l) => l.text.split(/\s+/))];
  const twoAmounts = header.some((t) => t === TERMS.amount || t.includes('其中'));
  const entries: Entry[] = [];
  for (const t of tokens.slice(first)) {
    const entry = entries.at(-1)!;
    if (ECONOMIC_CODE.test(t.text) || TOTALS.includes(t.text)) {
      entries.push({ key: t.text, head: t, line: t.line, name: [], values: [], nameLines: new Set(), nameOnCodeLine: false, astray: false, after: false });
    } else if (isValue(t)) {
      entry.values.push(t);
      if (t.line !== entry.line && !carriedOver(entry, t.line)) entry.astray = true;
    } else if (entry.values.length === 0) {
      entry.name.push(t.text);
      if (t.line !== entry.line) entry.nameLines.add(t.line);
      else entry.nameOnCodeLine = true;
    } else entry.after = true;
  }
  const column = template.columns[0]!.key;
  // codes with two values: the table has two amount columns after all (one such code may be a blank's dash and the
  // next row's value: it stays unread alone)
  const valued = entries.filter((e) => e.values.length > 0);
  const oneAmount = !twoAmounts && valued.filter((e) => e.values.length === 2).length * 3 < valued.length;
  for (const { key, head, name, values, astray, after } of entries) {
    const printed = after ? '' : name.join('');
    if (!TOTALS.includes(key)) sink.addCode(key, printed, head.cell);
    if (oneAmount && !astray && values.length === 1 && (TOTALS.includes(key) || nameFits(key, printed))) sink.add(key, column, values[0]!.cell);
    // a value not taken may be a neighbour's (a name line between moves values onto the wrong code): no row is sure
    for (const v of values) sink.leave(v.cell);
  }
}
