import type { TableInfo } from '../../../model/disclosure.js';
import { describeSpan } from '../../../model/source.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { KINDS_WITH_TABLES } from '../../kinds.js';
import { tableName } from '../../naming.js';

/** How many of the unread numbers a message quotes. */
const QUOTED = 3;

function message(table: TableInfo): string {
  const { unread, status } = table.reading;
  const where = describeSpan(unread.map((u) => u.source));
  const quoted =
    unread
      .slice(0, QUOTED)
      .map((u) => u.text)
      .join('、') + (unread.length > QUOTED ? ' 等' : '');
  const what =
    status === 'unread'
      ? `《${tableName(table.id)}》已找到，但其中的 ${unread.length} 个数字都未能读取`
      : `《${tableName(table.id)}》有 ${unread.length} 个数字未能读取`;
  return `${where}${what}（${quoted}）；用到这些数字的核对没有进行，请对照原件核对此表`;
}

export const R_01 = defineRule(
  {
    id: 'R-01',
    family: 'reading',
    severity: 'warning',
    title: '表格中的数字全部读取',
    description: '表格区域内印有数字，但决算通没能把其中一些数字读成可核对的数值（常见于扫描件、表格线缺失或单元格错位）；这些数字所涉及的核对没有进行。',
    basis: '“读不出”不等于“为零”：公开表中每个印出的数字都应能对应到表、行、栏，未读出的数字不能当作零参与核对。',
    fix: '对照原件逐一核对提示中列出的数字；如是文件排版问题（表格线缺失、单元格错位、文字为图片），请提供文字版或规范排版后的文件重新审核。',
    kinds: KINDS_WITH_TABLES,
  },
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
