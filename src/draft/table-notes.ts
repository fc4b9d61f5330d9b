// The 说明 printed under a standard table that has no data (domain README §3.4): every table of the template is
// published, and an empty one says why it is empty.
import { TABLE_IDS, type TableId } from '../model/table-id.js';
import type { DraftContext } from './context.js';
import type { DraftTable } from './drafted.js';

/** What an empty 决算 table lacks (drafting covers the 决算's tables only). */
const WHAT_IS_MISSING: Partial<Record<TableId, string>> = {
  T01: '收入和支出',
  T02: '收入',
  T03: '支出',
  T04: '财政拨款收入和支出',
  T05: '一般公共预算财政拨款支出',
  T06: '一般公共预算财政拨款基本支出',
  T07: '政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出',
  T08: '国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出',
  T09: '使用财政拨款安排的“三公”经费支出',
  T10: '政府采购支出、机关运行经费支出，也没有需要填报的车辆和大型设备',
};

/** The 说明 for an empty table: "本部门2024年度没有…，故本表为空表。" */
export function emptyTableNote(ctx: DraftContext, id: TableId): string {
  return `${ctx.self}${ctx.yearWords}没有${WHAT_IS_MISSING[id] ?? '相关数据'}，故本表为空表。`;
}

/** The package's tables in print order (as found in the document), each empty one with its 说明. */
export function draftTables(ctx: DraftContext): DraftTable[] {
  const printed = ctx.disclosure.tables.map((t) => t.id);
  const order = [...printed, ...TABLE_IDS.filter((id) => !printed.includes(id) && ctx.book.has(id))];
  return [...new Set(order)].map((id) => (ctx.book.empty(id) ? { id, note: emptyTableNote(ctx, id) } : { id }));
}
