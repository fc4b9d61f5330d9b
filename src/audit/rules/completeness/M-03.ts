import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { KINDS_WITH_TABLES } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { isEmpty } from './lib/table-notes.js';

const SAYS_NO_DATA = /本表无数据|本表为空/;

export const M_03 = defineRule(
  // A warning: the note may have been read from a neighbouring table; a human should look.
  {
    id: 'M-03',
    family: 'completeness',
    severity: 'warning',
    title: '有数据的表不注明“本表无数据”',
    description: '检查列有数字的表格，表下是否误写了“本表无数据”之类的说明。',
    basis: '表下说明应与表中内容一致：有数据的表不应声明无数据。',
    fix: '删去与表中内容矛盾的“本表无数据”说明，或核对是否把其他表的说明错放到此表下。',
    kinds: KINDS_WITH_TABLES,
  },
  (ctx, rule) => {
    if (!ctx.disclosure.tables.length) return notEvaluable('文件中没有决算公开表');
    const filled = ctx.disclosure.tables.filter((t) => !isEmpty(t));
    const findings = filled
      .filter((t) => SAYS_NO_DATA.test(t.note ?? ''))
      .map((t) =>
        makeFinding(rule, {
          message: `《${tableName(t.id)}》列有 ${t.reading.numbers} 个数字，表下却注明“${t.note ?? ''}”`,
          location: { table: t.id },
          sources: [t.source],
        }),
      );
    return { checks: filled.length, findings };
  },
);
