import { classCodeByName } from '../../catalog/function-codes.js';
import type { ColumnSpec, RowSpec, TableSpec } from '../../catalog/kinds/index.js';
import type { GridCell, GridRow } from '../../read/layout.js';
import { parseCell, parseRowNumber } from '../amount.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact, labelKey } from '../normalize.js';
import { TERMS } from '../../model/glossary.js';

interface Side extends SideRows {
  label: number;
  rowNumber?: number;
  /** Amount columns: index → column key. */
  amounts: Map<number, string>;
}

/**
 * Two-sided summary tables: 公开01 收入支出决算总表 and 公开04 财政拨款收入支出决算总表, and the 预算's 收支总表 whose
 * expenditure may be printed in two groups side by side (江苏: 功能分类 | 支出用途). The first side is income, every
 * other side expenditure.
 */
export function readTwoSidedTable(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  // Data start below the row naming the label columns (项目), whose group heading may read like a row (财政拨款收入).
  const labels = rows.findIndex((r) => r.cells.some((c) => LABEL_HEADER.test(compact(c.text))));
  const headerEnd = rows.findIndex((r, i) => i > labels && compact(r.cells[0]?.text ?? '') !== '' && isDataLabel(r, template));
  if (headerEnd < 0) return;
  const header = rows.slice(0, headerEnd).filter((r) => !isColumnNumberRow(r));
  const sides = findSides(header, template);
  if (!sides) return;
  const body = rows.slice(headerEnd).filter((r) => !isColumnNumberRow(r));
  /** Sides of rows already read as the end of a label cut over two rows. */
  const consumed = new Set<string>();
  body.forEach((row, r) => {
    let left: { side: Side; key: string | undefined } | undefined;
    sides.forEach((side, s) => {
      if (consumed.has(`${r}|${s}`)) return;
      const next = body[r + 1];
      const cut = next ? cutLabel(row, next, side) : undefined;
      if (cut && next) consumed.add(`${r + 1}|${s}`);
      let key = cut ?? rowKey(row, side, sink);
      // A total printed once over both expenditure groups (当年支出小计 spanning 功能分类 and 支出用途) names the
      // row of the group to its right too.
      if (key === undefined && left?.key !== undefined && left.side.classes && spansOver(row, left.side, side)) key = left.key;
      readSide(row, side, key, sink, cut ? next : undefined);
      left = { side, key };
    });
    // an amount in no column of any side (a copy whose columns moved) belongs to no side's row for certain
    for (const cell of row.cells) if (PRINTED_AMOUNT.test(cell.text.trim())) sink.leave(cell);
  });
}

const PRINTED_AMOUNT = /^[-−]?\d[\d,，]*\.\d+$|^[-−]?\d{1,3}([,，]\d{3})+$/;

function isDataLabel(row: GridRow, template: TableSpec): boolean {
  const key = labelKey(row.cells[0]?.text ?? '');
  return (template.incomeRows ?? []).some((r) => r.aliases.some((a) => compact(a) === key));
}

/** Header words over a side's label column. */
const LABEL_HEADER = /^(项目|项目名称|功能科目名称|科目名称|功能分类科目名称|支出功能分类科目名称)$/;

function findSides(header: GridRow[], template: TableSpec): Side[] | undefined {
  const width = Math.max(0, ...header.map((r) => r.cells.length));
  const paths = headerPaths(header, width);
  // One header row names every side's label column (项目 | … | 项目 …), or each group names its own on a lower row.
  const itemRow = header.find((r) => r.cells.filter((c) => compact(c.text) === '项目').length >= 2);
  const starts = itemRow
    ? itemRow.cells.flatMap((c, j) => (compact(c.text) === '项目' ? [j] : []))
    : [...new Set(header.flatMap((r) => r.cells.flatMap((c, j) => (LABEL_HEADER.test(compact(c.text)) ? [j] : []))))].sort((a, b) => a - b);
  if (starts.length < 2) return undefined;
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
  return starts.map((from, k) =>
    k === 0
      ? side(from, starts[1]!, template.columns, template.incomeRows ?? [], false)
      : side(from, starts[k + 1] ?? width, template.expenditureColumns ?? template.columns, template.expenditureRows ?? [], true),
  );
}

/** The side's label as printed (ordinal removed); a bare number where the name goes is a 行次 a copy put there. */
function printedLabel(row: GridRow, side: Side): string {
  const printed = labelKey(row.cells[side.label]?.text ?? '');
  return /^\d+$/.test(printed) ? '' : printed;
}

function rowKey(row: GridRow, side: Side, sink: FactSink): string | undefined {
  const label = printedLabel(row, side);
  return label === '' ? undefined : sideRowKey(label, row.cells[side.label]!, side, sink);
}

/**
 * Reads one side of a row under `key`. A row without its name (a copy that printed the name on another line) or with
 * a name no row has is not known: its amounts stay unread. `rest` is the second row of a label cut over two rows.
 */
function readSide(row: GridRow, side: Side, key: string | undefined, sink: FactSink, rest?: GridRow): void {
  const cell = row.cells[side.label];
  if (cell && printedLabel(row, side) === '' && labelKey(cell.text) !== '') sink.skip(cell, 'row-number', key);
  // the 行次 column holds a 行次 (an amount there is in the wrong column, and stays unread)
  const rowNumber = side.rowNumber === undefined ? undefined : row.cells[side.rowNumber];
  if (rowNumber && parseRowNumber(rowNumber.text) !== undefined) sink.skip(rowNumber, 'row-number', key);
  if (key === undefined) {
    for (const j of side.amounts.keys()) if (row.cells[j]) sink.leave(row.cells[j]);
    return;
  }
  for (const [j, column] of side.amounts) {
    // a label cut over two rows prints its amount on either of them
    const own = row.cells[j];
    sink.add(key, column, own && parseCell(own.text).kind === 'number' ? own : (rest?.cells[j] ?? own));
  }
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

/** The template row a label names on a side. */
const templateRow = (label: string, side: SideRows): RowSpec | undefined => side.rows.find((r) => r.aliases.some((a) => compact(a) === label));

/**
 * The row key of a side's printed label (ordinal removed): the template row, a balance's sub-row, or the function
 * class (whose code is recorded); undefined for a label the side does not know (a name a copy cut or mixed up:
 * which row it is is not known).
 */
export function sideRowKey(label: string, cell: GridCell, side: SideRows, sink: FactSink): string | undefined {
  if (side.balanceRow && BUDGET_TYPES.includes(label)) return `${side.balanceRow}.${label}`;
  const fixed = templateRow(label, side);
  if (fixed) {
    if (fixed.key.endsWith('结转和结余')) side.balanceRow = fixed.key;
    return fixed.key;
  }
  const code = side.classes ? classCodeByName(label) : undefined;
  if (code) sink.addCode(code, label, cell);
  return code;
}

/** The key a label names on a side without reading it: a template row, or on an expenditure side a function class. */
function knownKey(label: string, side: Side): string | undefined {
  return templateRow(label, side)?.key ?? (side.classes ? classCodeByName(label) : undefined);
}

/**
 * A label cut over two rows (a cell broken by a page break: "八、社会保障和就" | "业支出"): neither part names a row
 * the side knows, the two together do, and the second row prints nothing else on this side. The key of the whole.
 */
function cutLabel(row: GridRow, next: GridRow, side: Side): string | undefined {
  const [head, tail] = [labelKey(row.cells[side.label]?.text ?? ''), compact(next.cells[side.label]?.text ?? '')];
  if (head === '' || tail === '' || knownKey(head, side) !== undefined || knownKey(labelKey(tail), side) !== undefined) return undefined;
  const both = [...side.amounts.keys()].filter((j) => parseCell(row.cells[j]?.text ?? '').kind === 'number' && parseCell(next.cells[j]?.text ?? '').kind === 'number');
  if (both.length > 0) return undefined;
  return knownKey(head + tail, side);
}

/** Whether the row's label cell on `left` is merged over `right`'s label column, or `left` prints no amount there. */
function spansOver(row: GridRow, left: Side, right: Side): boolean {
  const cell = row.cells[left.label];
  if (cell?.colSpan !== undefined) return left.label + cell.colSpan > right.label;
  return [...left.amounts.keys()].every((j) => parseCell(row.cells[j]?.text ?? '').kind !== 'number') && labelKey(row.cells[right.label]?.text ?? '') === '';
}
