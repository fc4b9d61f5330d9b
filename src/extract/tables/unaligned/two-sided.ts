import { classCodeByName } from '../../../catalog/function-codes.js';
import type { ColumnSpec, TableSpec } from '../../../catalog/kinds/index.js';
import type { GridRow } from '../../../read/layout.js';
import { parseRowNumber } from '../../amount.js';
import type { FactSink } from '../../fact-sink.js';
import { isColumnNumberRow } from '../../header.js';
import { compact, labelKey } from '../../normalize.js';
import { sideRowKey, type SideRows } from '../two-sided-table.js';
import { firstIsSum, isValue, lineTokens, type Token } from './tokens.js';

interface Side extends SideRows {
  columns: readonly ColumnSpec[];
  /** The side prints a 行次 before its amounts. */
  rowNumbers: boolean;
  /** The last 行次 the side printed. */
  lastRowNumber?: number;
}

interface Segment {
  side: number;
  label?: Token;
  values: Token[];
}

const ITEM = '项目';
/** 行次 of these tables never reach this: a larger whole number is an amount. */
const MAX_ROW_NUMBER = 100;

/**
 * 公开01/04 whose cells do not line up: a line holds the income side (label, 行次, amount) and then the
 * expenditure side (label, 行次, amounts). A label opens a side: the expenditure side when it is one of its rows or
 * a function class, or when the income side is already open. Values belong to the label before them; a side
 * without a label gives no fact. A side's amounts are put in columns by order when it prints one for every column,
 * or, when the first is the sum of the others, only that total.
 */
export function readTwoSidedInOrder(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const lines = lineTokens(rows);
  const headerAt = lines.findIndex((tokens) => tokens.filter((t) => t.text === ITEM).length >= 2);
  const header = lines[headerAt] ?? [];
  const items = header.flatMap((t, j) => (t.text === ITEM ? [j] : []));
  const namesRowNumber = (from: number, to: number) => header.slice(from, to).some((t) => t.text === '行次');
  // Without a line naming both sides' 项目, the header's lines are stacked (one side's words above the other's): the
  // 行次 they print belong to the income side first, then the expenditure side.
  const firstData = lines.findIndex((tokens, r) => !isColumnNumberRow(rows[r]!) && compact(rows[r]!.cells[0]?.text ?? '') !== '栏次' && tokens.some(isValue));
  const stacked = headerAt >= 0 ? 0 : lines.slice(0, Math.max(0, firstData)).flat().filter((t) => t.text === '行次').length;
  const sides: [Side, Side] = [
    { rows: template.incomeRows ?? [], classes: false, columns: template.columns, rowNumbers: namesRowNumber(items[0] ?? 0, items[1] ?? 0) || stacked >= 1 },
    {
      rows: template.expenditureRows ?? [],
      classes: true,
      columns: template.expenditureColumns ?? template.columns,
      rowNumbers: (items[1] !== undefined && namesRowNumber(items[1], header.length)) || stacked >= 2,
    },
  ];
  const expenditureOnly = (label: string) =>
    classCodeByName(label) !== undefined || (sides[1].rows.some((r) => r.aliases.some((a) => compact(a) === label)) && !sides[0].rows.some((r) => r.aliases.some((a) => compact(a) === label)));

  rows.forEach((row, r) => {
    if (r <= headerAt) return;
    if (isColumnNumberRow(row) || compact(row.cells[0]?.text ?? '') === '栏次') {
      for (const t of lines[r]!) if (parseRowNumber(t.text) !== undefined) sink.skip(t.cell, 'column-number');
      return;
    }
    const segments: Segment[] = [{ side: 0, values: [] }];
    for (const t of lines[r]!) {
      const open = segments.at(-1)!;
      if (isValue(t)) open.values.push(t);
      else if (open.label || open.values.length > 0 || (open.side === 0 && expenditureOnly(labelKey(t.text)))) segments.push({ side: open.side + 1, label: t, values: [] });
      else open.label = t;
    }
    if (segments.length > 2) return; // more labels than sides: the line cannot be told apart
    // a line whose expenditure side prints only its 行次 ("30  61"): that 行次 follows the side's last one
    const [left] = segments;
    if (segments.length === 1 && sides[1].rowNumbers && left!.values.length >= 2) {
      const last = left!.values.at(-1)!;
      if (continuesRowNumbers(last.text, sides[1])) {
        sink.skip(last.cell, 'row-number');
        left!.values.pop();
      }
    }
    for (const segment of segments) readSegment(segment, sides[segment.side]!, sink);
  });
}

/** Whether `text` is the next 行次 of the side (one to three on from its last: 行次 of blank rows may be left out). */
function continuesRowNumbers(text: string, side: Side): boolean {
  const number = parseRowNumber(text);
  if (number === undefined || side.lastRowNumber === undefined) return false;
  if (number <= side.lastRowNumber || number > side.lastRowNumber + 3) return false;
  side.lastRowNumber = number;
  return true;
}

function readSegment({ label, values }: Segment, side: Side, sink: FactSink): void {
  let amounts = values;
  const number = amounts[0] && side.rowNumbers ? parseRowNumber(amounts[0].text) : undefined;
  if (number !== undefined && number <= MAX_ROW_NUMBER) {
    sink.skip(amounts[0]!.cell, 'row-number');
    side.lastRowNumber = number;
    amounts = amounts.slice(1);
  }
  if (!label) return;
  const key = sideRowKey(labelKey(label.text), label.cell, side, sink);
  if (key === undefined) {
    for (const v of amounts) sink.leave(v.cell);
    return;
  }
  if (amounts.length === side.columns.length) amounts.forEach((v, j) => sink.add(key, side.columns[j]!.key, v.cell));
  else if (firstIsSum(amounts) && /合计|小计/.test(side.columns[0]!.key)) sink.add(key, side.columns[0]!.key, amounts[0]!.cell);
  for (const v of amounts) sink.leave(v.cell, key);
}
