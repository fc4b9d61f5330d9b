import { classCodeByName } from '../../catalog/function-codes.js';
import type { ColumnSpec, RowSpec, TableSpec } from '../../catalog/kinds/index.js';
import type { GridCell, GridRow } from '../../read/layout.js';
import type { FactSink } from '../fact-sink.js';
import { parseRowNumber } from '../amount.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact, labelKey } from '../normalize.js';
import { TERMS } from '../../model/glossary.js';

interface Side extends SideRows {
  label: number;
  rowNumber?: number;
  /** Amount columns: index → column key. */
  amounts: Map<number, string>;
}

/** Two-sided summary tables: 公开01 收入支出决算总表 and 公开04 财政拨款收入支出决算总表. */
export function readTwoSidedTable(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const headerEnd = rows.findIndex((r) => compact(r.cells[0]?.text ?? '') !== '' && isDataLabel(r, template));
  if (headerEnd < 0) return;
  const header = rows.slice(0, headerEnd).filter((r) => !isColumnNumberRow(r));
  const sides = findSides(header, template);
  if (!sides) return;
  for (const row of rows.slice(headerEnd)) {
    if (isColumnNumberRow(row)) continue;
    for (const side of sides) readSide(row, side, sink);
    // an amount in no column of either side (a copy whose columns moved) belongs to neither side's row for certain
    for (const cell of row.cells) if (PRINTED_AMOUNT.test(cell.text.trim())) sink.leave(cell);
  }
}

const PRINTED_AMOUNT = /^[-−]?\d[\d,，]*\.\d+$|^[-−]?\d{1,3}([,，]\d{3})+$/;

function isDataLabel(row: GridRow, template: TableSpec): boolean {
  const key = labelKey(row.cells[0]?.text ?? '');
  return (template.incomeRows ?? []).some((r) => r.aliases.some((a) => compact(a) === key));
}

function findSides(header: GridRow[], template: TableSpec): [Side, Side] | undefined {
  const width = Math.max(0, ...header.map((r) => r.cells.length));
  const paths = headerPaths(header, width);
  const itemRow = header.find((r) => r.cells.filter((c) => compact(c.text) === '项目').length >= 2);
  if (!itemRow) return undefined;
  const starts = itemRow.cells.flatMap((c, j) => (compact(c.text) === '项目' ? [j] : []));
  const [left, right] = [starts[0]!, starts[1]!];
  const side = (from: number, to: number, columns: ColumnSpec[], rowsT: RowSpec[], classes: boolean): Side => {
    const s: Side = { label: from, amounts: new Map(), rows: rowsT, classes };
    for (let j = from + 1; j < to; j++) {
      const last = paths[j]?.at(-1);
      if (last === '行次') s.rowNumber = j;
      else {
        const column = matchColumn(paths[j] ?? [], columns);
        if (column) s.amounts.set(j, column.key);
      }
    }
    return s;
  };
  const income = side(left, right, template.columns, template.incomeRows ?? [], false);
  const expenditure = side(right, width, template.expenditureColumns ?? template.columns, template.expenditureRows ?? [], true);
  return [income, expenditure];
}

function readSide(row: GridRow, side: Side, sink: FactSink): void {
  const cell = row.cells[side.label];
  // a bare number where the name goes is a 行次 the copy put there, not a name
  const printed = labelKey(cell?.text ?? '');
  const label = /^\d+$/.test(printed) ? '' : printed;
  // the 行次 column holds a 行次 (an amount there is in the wrong column, and stays unread)
  const rowNumber = side.rowNumber === undefined ? undefined : row.cells[side.rowNumber];
  const numbered = rowNumber !== undefined && parseRowNumber(rowNumber.text) !== undefined;
  const key = label === '' ? undefined : sideRowKey(label, cell!, side, sink);
  // a row without its name (a copy that printed the name on another line) or with a name no row has is not known:
  // its amounts stay unread
  if (key === undefined) {
    if (label === '' && printed !== '') sink.skip(cell, 'row-number');
    if (numbered) sink.skip(rowNumber, 'row-number');
    for (const j of side.amounts.keys()) if (row.cells[j]) sink.leave(row.cells[j]);
    return;
  }
  if (numbered) sink.skip(rowNumber, 'row-number', key);
  for (const [j, column] of side.amounts) sink.add(key, column, row.cells[j]);
}

const BUDGET_TYPES: readonly string[] = [TERMS.generalBudgetAppropriation, TERMS.governmentFundAppropriation, TERMS.stateCapitalAppropriation];

/** The rows one side of a two-sided table lists, and what the reader has seen of them so far. */
export interface SideRows {
  rows: RowSpec[];
  /** The last 结转和结余 row seen: its by-budget-type sub-rows repeat the budget-type labels (T04 行次 29–31). */
  balanceRow?: string;
  /** The expenditure side: rows not in the template are function classes. */
  classes: boolean;
}

/**
 * The row key of a side's printed label (ordinal removed): the template row, a balance's sub-row, or the function
 * class (whose code is recorded); undefined for a label the side does not know (a name a copy cut or mixed up:
 * which row it is is not known).
 */
export function sideRowKey(label: string, cell: GridCell, side: SideRows, sink: FactSink): string | undefined {
  if (side.balanceRow && BUDGET_TYPES.includes(label)) return `${side.balanceRow}.${label}`;
  const fixed = side.rows.find((r) => r.aliases.some((a) => compact(a) === label));
  if (fixed) {
    if (fixed.key.endsWith('结转和结余')) side.balanceRow = fixed.key;
    return fixed.key;
  }
  const code = side.classes ? classCodeByName(label) : undefined;
  if (code) sink.addCode(code, label, cell);
  return code;
}
