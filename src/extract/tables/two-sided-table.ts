import { classCodeByName } from '../../catalog/function-codes.js';
import type { ColumnSpec, RowSpec, TableSpec } from '../../catalog/kinds/index.js';
import type { GridRow } from '../../read/layout.js';
import { parseRowNumber } from '../amount.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact, labelKey } from '../normalize.js';
import { TERMS } from '../../model/glossary.js';

interface Side {
  label: number;
  rowNumber?: number;
  /** Amount columns: index → column key. */
  amounts: Map<number, string>;
  rows: RowSpec[];
  /** The last 结转和结余 row seen: its by-budget-type sub-rows repeat the budget-type labels (T04 行次 29–31). */
  balanceRow?: string;
  /** The expenditure side: rows not in the template are function classes. */
  classes: boolean;
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
  }
}

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
  const key = rowKey(row, side, sink);
  if (side.rowNumber !== undefined) sink.skip(row.cells[side.rowNumber], 'row-number', key);
  if (key) for (const [j, column] of side.amounts) sink.add(key, column, row.cells[j]);
}

const BUDGET_TYPES: readonly string[] = [TERMS.generalBudgetAppropriation, TERMS.governmentFundAppropriation, TERMS.stateCapitalAppropriation];

function rowKey(row: GridRow, side: Side, sink: FactSink): string | undefined {
  const label = labelKey(row.cells[side.label]?.text ?? '');
  const number = side.rowNumber === undefined ? undefined : parseRowNumber(row.cells[side.rowNumber]?.text ?? '');
  if (label === '') return number === undefined ? undefined : `行${number}`;
  if (side.balanceRow && BUDGET_TYPES.includes(label)) return `${side.balanceRow}.${label}`;
  const fixed = side.rows.find((r) => r.aliases.some((a) => compact(a) === label));
  if (fixed) {
    if (fixed.key.endsWith('结转和结余')) side.balanceRow = fixed.key;
    return fixed.key;
  }
  const code = side.classes ? classCodeByName(label) : undefined;
  if (code) sink.addCode(code, label, row.cells[side.label]!);
  return code ?? label;
}
