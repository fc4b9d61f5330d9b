import type { TableSpec } from '../../catalog/kinds/index.js';
import { ROW_PATH_SEPARATOR } from '../../model/fact.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact, labelKey } from '../normalize.js';

const WORDS = /[\u4e00-\u9fff]/;


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
  // a header repeated by a table continued under its title on the next page is neither data nor a new context
  const rowText = (r: GridRow) => r.cells.map((c) => compact(c.text)).join('\t').replace(/\t+$/, '');
  const repeated = new Set(header.map(rowText));
  const body = rows.slice(headerEnd + 1).filter((r) => !isColumnNumberRow(r) && !repeated.has(rowText(r)));
  body.forEach((row, r) => {
    if (r > 0 && cutAbove(body[r - 1]!, row, firstAmount)) return;
    const labels = Array.from({ length: firstAmount }, (_, j) => labelKey(row.cells[j]?.text ?? ''));
    const rest = body[r + 1];
    // the rest of a label cut by a page break ("信息网络及软件购" | "置更新") completes it
    if (rest && cutAbove(row, rest, firstAmount)) labels.forEach((t, j) => (labels[j] = t + labelKey(rest.cells[j]?.text ?? '')));
    const first = labels.findIndex((t) => t !== '');
    if (first < 0) return;
    // Columns left of the row's first label take the labels of the rows above; those right of it are the row's own.
    carried = labels.map((t, j) => (t !== '' || j >= first ? t : (carried[j] ?? '')));
    const key = rowKey(carried.filter((t) => t !== ''), template);
    // numbers inside a label's words are part of it ("空调机（总预算 20 万以下）")
    for (let j = first; j < firstAmount; j++) if (WORDS.test(labels[j]!) && /\d/.test(labels[j]!)) sink.skip(row.cells[j], 'label', key);
    for (const [j, column] of amounts) sink.add(key, column, row.cells[j]);
  });
}

const pageOf = (row: GridRow): number | undefined => ('page' in row.source ? row.source.page : undefined);

/**
 * Whether `next` is the rest of `row` cut off by a page break: it starts the next page, prints no amount, and
 * carries words only in label columns where `row` has words too.
 */
function cutAbove(row: GridRow, next: GridRow, firstAmount: number): boolean {
  const [page, nextPage] = [pageOf(row), pageOf(next)];
  if (page === undefined || nextPage !== page + 1) return false;
  if (next.cells.slice(firstAmount).some((c) => compact(c.text) !== '')) return false;
  const words = next.cells.slice(0, firstAmount).map((c) => compact(c.text) !== '');
  return words.some(Boolean) && words.every((w, j) => !w || compact(row.cells[j]?.text ?? '') !== '');
}

function rowKey(path: string[], template: TableSpec): string {
  const parts = [...path];
  const named = template.rows?.find((r) => r.aliases.some((a) => compact(a) === parts[0]));
  if (named) parts[0] = named.key;
  if (parts.length > 1 && parts.at(-1) === TERMS.subtotal) parts.pop();
  return parts.join(ROW_PATH_SEPARATOR);
}
