import type { TableSpec } from '../../catalog/kinds/index.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact, labelKey } from '../normalize.js';

const WORDS = /[\u4e00-\u9fff]/;

/** Joins the labels of a row's path into its key: "一般公共预算资金.专项收入". */
export const PATH_SEPARATOR = '.';

/**
 * Rows named by labels over one or more label columns, nested: a label in a left column heads the rows below it
 * until another label takes its place (江苏's 收入预算总表: 一般公共预算资金 | 小计, | 专项收入 …; 政府采购预算表:
 * 采购品目大类 → 专项名称 → 经济科目 → 采购物品名称 | 采购组织形式). A row's key is its path of labels, ordinals
 * removed, the first one by the template's row names (“一、货物 A” → 货物); a group's 小计 is the group itself.
 * The label columns are those left of the first amount column the header names.
 */
export function readLabelledTable(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const aliases = new Set(template.columns.flatMap((c) => c.aliases.map(compact)));
  // The header ends with the row that names the amount column(s).
  const headerEnd = rows.findIndex((r) => r.cells.some((c) => aliases.has(compact(c.text))));
  if (headerEnd < 0) return;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const header = rows.slice(0, headerEnd + 1).filter((r) => !isColumnNumberRow(r));
  const amounts = new Map<number, string>();
  headerPaths(header, width).forEach((path, j) => {
    const column = path.length ? matchColumn(path, template.columns) : undefined;
    if (column) amounts.set(j, column.key);
  });
  const firstAmount = Math.min(...amounts.keys());
  if (!Number.isFinite(firstAmount) || firstAmount === 0) return;

  let carried: string[] = [];
  for (const row of rows.slice(headerEnd + 1)) {
    if (isColumnNumberRow(row)) continue;
    const labels = Array.from({ length: firstAmount }, (_, j) => labelKey(row.cells[j]?.text ?? ''));
    const first = labels.findIndex((t) => t !== '');
    if (first < 0) continue;
    // Columns left of the row's first label take the labels of the rows above; those right of it are the row's own.
    carried = labels.map((t, j) => (t !== '' || j >= first ? t : (carried[j] ?? '')));
    const key = rowKey(carried.filter((t) => t !== ''), template);
    // numbers inside a label's words are part of it ("空调机（总预算 20 万以下）")
    for (let j = first; j < firstAmount; j++) if (WORDS.test(labels[j]!) && /\d/.test(labels[j]!)) sink.skip(row.cells[j], 'label', key);
    for (const [j, column] of amounts) sink.add(key, column, row.cells[j]);
  }
}

function rowKey(path: string[], template: TableSpec): string {
  const parts = [...path];
  const named = template.rows?.find((r) => r.aliases.some((a) => compact(a) === parts[0]));
  if (named) parts[0] = named.key;
  if (parts.length > 1 && parts.at(-1) === TERMS.subtotal) parts.pop();
  return parts.join(PATH_SEPARATOR);
}
