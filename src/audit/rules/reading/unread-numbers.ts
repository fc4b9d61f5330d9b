// Unread is never zero (DESIGN.md §3.1): a table whose printed numbers were not all read is reported once, with
// where those numbers are, so that a reviewer checks them by eye; the rules that needed them did not run.
import type { TableInfo } from '../../../model/disclosure.js';
import { describeSpan } from '../../../model/source.js';
import { defineRule, makeFinding, notEvaluable, type Rule } from '../../engine.js';
import { tableName } from '../../naming.js';

/** How many of the unread numbers a message quotes. */
const QUOTED = 3;

function message(table: TableInfo): string {
  const { unread, status } = table.reading;
  const where = describeSpan(unread.map((u) => u.source));
  const quoted = unread.slice(0, QUOTED).map((u) => u.text).join('、') + (unread.length > QUOTED ? ' 等' : '');
  const what =
    status === 'unread'
      ? `《${tableName(table.id)}》已找到，但其中的 ${unread.length} 个数字都未能读取`
      : `《${tableName(table.id)}》有 ${unread.length} 个数字未能读取`;
  return `${where}${what}（${quoted}）；用到这些数字的核对没有进行，请对照原件核对此表`;
}

export const UNREAD_NUMBERS_RULE: Rule = defineRule(
  { id: 'R-01', family: 'reading', severity: 'warning', title: '表格中的数字全部读取' },
  (ctx, rule) => {
    const tables = ctx.disclosure.tables;
    if (tables.length === 0) return notEvaluable('文件中没有公开表');
    const incomplete = tables.filter((t) => t.reading.status === 'partial' || t.reading.status === 'unread');
    const findings = incomplete.map((t) =>
      makeFinding(rule, {
        message: message(t),
        location: { table: t.id },
        sources: t.reading.unread.map((u) => u.source),
      }),
    );
    return { checks: tables.length, findings };
  },
);
