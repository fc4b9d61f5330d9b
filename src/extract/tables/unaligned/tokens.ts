// Tables whose cells do not line up (GridBlock.unaligned: a copy of a PDF that separates cells by single spaces)
// are read from the order of their tokens, where that order leaves no doubt. These are the helpers the readers
// share.
import Big from 'big.js';
import type { ColumnSpec } from '../../../catalog/kinds/index.js';
import type { GridCell, GridRow } from '../../../read/layout.js';
import { parseCell } from '../../amount.js';
import { compact } from '../../normalize.js';

/** A cell of an unaligned row: one token of the printed line. */
export interface Token {
  text: string;
  cell: GridCell;
}

/** Each row's filled cells, in reading order. */
export const lineTokens = (rows: readonly GridRow[]): Token[][] =>
  rows.map((row) => row.cells.filter((c) => c.text.trim() !== '').map((cell) => ({ text: compact(cell.text), cell })));

/** A printed value of a cell: a number, or a dash standing for a blank. */
export const isValue = (t: Token): boolean => {
  const kind = parseCell(t.text).kind;
  return kind === 'number' || kind === 'dash';
};

export const isNumber = (t: Token): boolean => parseCell(t.text).kind === 'number';

/**
 * The template's columns in the order the header text names them (the header's tokens joined: a column name wrapped
 * over two lines is whole again). Undefined unless the header names every column: a column the header lost could
 * sit anywhere, and then no order is certain.
 */
export function namedColumns(header: string, columns: readonly ColumnSpec[]): ColumnSpec[] | undefined {
  const claimed: [number, number][] = [];
  const at = new Map<ColumnSpec, number>();
  const candidates = columns.flatMap((column) => column.aliases.map((alias) => ({ column, alias: compact(alias) })));
  candidates.sort((a, b) => b.alias.length - a.alias.length);
  for (const { column, alias } of candidates) {
    if (at.has(column) || alias === '') continue;
    for (let from = header.indexOf(alias); from >= 0; from = header.indexOf(alias, from + 1)) {
      const to = from + alias.length;
      if (claimed.some(([a, b]) => from < b && to > a)) continue;
      claimed.push([from, to]);
      at.set(column, from);
      break;
    }
  }
  if (at.size !== columns.length) return undefined;
  return [...columns].sort((a, b) => at.get(a)! - at.get(b)!);
}

/**
 * The columns a table's values fall in, in order: as the header names them, or the template's own order when the
 * header names none of them (a table printed without a readable header). A header that names some columns but not
 * all leaves the order unknown.
 */
export function columnOrder(header: string, columns: readonly ColumnSpec[]): readonly ColumnSpec[] | undefined {
  const named = namedColumns(header, columns);
  if (named) return named;
  const mentioned = columns.some((c) => c.aliases.some((a) => header.includes(compact(a))));
  return mentioned ? undefined : columns;
}

/** Whether the first number is the sum of the others, exactly: a row's total printed before its parts. */
export function firstIsSum(values: readonly Token[]): boolean {
  const numbers = values.filter(isNumber).map((t) => parseCell(t.text));
  if (numbers.length < 2 || numbers.length !== values.length) return false;
  const [first, ...rest] = numbers.map((n) => new Big((n as { value: string }).value));
  return rest.reduce((s, v) => s.plus(v), new Big(0)).eq(first!);
}
