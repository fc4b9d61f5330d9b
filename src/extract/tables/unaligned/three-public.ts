import type { TableSpec } from '../../../catalog/kinds/index.js';
import { TERMS } from '../../../model/glossary.js';
import type { GridRow } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { isColumnNumberRow } from '../../header.js';
import { isValue, lineTokens } from './tokens.js';

/** The six components in the order every template prints them. */
const COMPONENTS = [TERMS.total, TERMS.overseasTravel, TERMS.vehicleTotal, TERMS.vehiclePurchase, TERMS.vehicleOperation, TERMS.officialReception];
/** Words of the header that name the components, in that order (公务用车 names the 小计 and its two parts). */
const COMPONENT_WORDS = ['出国', '公务用车', '接待'];
const isHalf = (text: string) => /^(预算数?|决算数?)$/.test(text);

/**
 * 公开09 whose cells do not line up: one line of twelve values, 预算数 and 决算数 of the six components. The order
 * is certain when the header names the components in the usual order (those of its words the copy kept) and says
 * how the halves go: twelve 预算数 /
 * 决算数 words one per column (alternating, as Shanghai prints them, or six and six), or the two words once each
 * over six columns (预算数 first). Any other line of values stays unread.
 */
export function readThreePublicInOrder(rows: GridRow[], _template: TableSpec, sink: FactSink): void {
  const lines = lineTokens(rows);
  const data = lines.findIndex((tokens, r) => !isColumnNumberRow(rows[r]!) && tokens.length > 0 && tokens.every(isValue));
  if (data < 0) return;
  const header = lines.slice(0, data).flat().map((t) => t.text);
  const joined = header.join('');
  const places = COMPONENT_WORDS.map((w) => joined.indexOf(w)).filter((p) => p >= 0);
  if (places.length === 0 || places.some((p, k) => k > 0 && p < places[k - 1]!)) return;
  const halves = header.filter(isHalf).map((h) => (h.startsWith('预算') ? TERMS.budgetAmount : TERMS.finalAmount));
  let slots: { row: string; column: string }[];
  if (halves.length === 12) {
    const alternating = halves.every((h, j) => h === (j % 2 === 0 ? TERMS.budgetAmount : TERMS.finalAmount));
    const grouped = halves.every((h, j) => h === (j < 6 ? TERMS.budgetAmount : TERMS.finalAmount));
    if (alternating) slots = halves.map((row, j) => ({ row, column: COMPONENTS[j >> 1]! }));
    else if (grouped) slots = halves.map((row, j) => ({ row, column: COMPONENTS[j % 6]! }));
    else return;
  } else if (halves.length === 2 && halves[0] === TERMS.budgetAmount && halves[1] === TERMS.finalAmount) {
    slots = [TERMS.budgetAmount, TERMS.finalAmount].flatMap((row) => COMPONENTS.map((column) => ({ row, column })));
  } else return;
  for (const [r, tokens] of lines.entries()) {
    if (r < data || isColumnNumberRow(rows[r]!)) continue;
    if (tokens.length === 12 && tokens.every(isValue)) tokens.forEach((t, j) => sink.add(slots[j]!.row, slots[j]!.column, t.cell));
  }
}
