import type { TableSpec } from '../../catalog/kinds/index.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import { parseCell } from '../amount.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow } from '../header.js';

interface Slot {
  row: string;
  column: string;
}

// The sub-column names decide the component; order matters (购置及运行 before 购置, 运行).
function component(name: string): string | undefined {
  if (name === TERMS.total) return TERMS.total;
  if (name.includes('出国')) return TERMS.overseasTravel;
  if (name.includes('接待')) return TERMS.officialReception;
  if (name === TERMS.subtotal || name.includes('购置及运行')) return TERMS.vehicleTotal;
  if (name.includes('购置')) return TERMS.vehiclePurchase;
  if (name.includes('运行')) return TERMS.vehicleOperation;
  return undefined;
}

// The half (预算数 / 决算数) may sit above the components (预算数 over 合计 | 因公出国… ) or below them (合计 over
// 预算数 | 决算数, the Shanghai layout); the component is the lowest other header that names one.
function slotOf(path: string[]): Slot | undefined {
  const half = path.findLast((p) => p.includes('预算') || p.includes('决算'));
  const name = path.findLast((p) => p !== half && component(p) !== undefined);
  if (!half || !name) return undefined;
  const column = component(name)!;
  return { row: half.includes('决算') ? TERMS.finalAmount : TERMS.budgetAmount, column };
}

/** The standard order of the twelve columns, used when the header cannot be read. */
const STANDARD = [TERMS.budgetAmount, TERMS.finalAmount].flatMap((row) =>
  [TERMS.total, TERMS.overseasTravel, TERMS.vehicleTotal, TERMS.vehiclePurchase, TERMS.vehicleOperation, TERMS.officialReception].map((column) => ({ row, column })),
);

/** 公开09 “三公”经费: 预算数 and 决算数 of six components in one data row. */
export function readThreePublicTable(rows: GridRow[], _template: TableSpec, sink: FactSink): void {
  const isData = (r: GridRow) => !isColumnNumberRow(r) && r.cells.some((c) => parseCell(c.text).kind === 'number');
  const firstData = rows.findIndex(isData);
  if (firstData < 0) return;
  const header = rows.slice(0, firstData).filter((r) => !isColumnNumberRow(r));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const slots = headerPaths(header, width).map(slotOf);
  const distinct = new Set(slots.filter(Boolean).map((s) => `${s!.row}|${s!.column}`));
  const use = distinct.size === 12 ? slots : STANDARD;
  for (const row of rows.slice(firstData).filter(isData)) {
    use.forEach((slot, j) => {
      if (slot) sink.add(slot.row, slot.column, row.cells[j]);
    });
  }
}
