import { parentCode } from '../../../catalog/function-codes.js';
import { tableSpec } from '../../../catalog/kinds/index.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { Source } from '../../../model/source.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { KINDS_WITH_TABLES } from '../../kinds.js';
import { tableName } from '../../naming.js';

const FUNCTION_CODE = /^2\d{2}(\d{2}){0,2}$/;

const ECONOMIC_CODE = /^3\d{2}(\d{2})?$/;

const NAMED_ROWS: Partial<Record<TableId, readonly string[]>> = { T06: [T.personnelTotal, T.publicTotal] };

function sourceOf(ctx: AuditContext, table: TableId, code: string): Source[] {
  const source = ctx.tableInfo(table)?.codes.find((c) => c.code === code)?.source ?? ctx.facts(table).find((f) => f.row === code)?.source;
  return source ? [source] : [];
}

const economicParent = (code: string): string | undefined => (code.length === 5 ? code.slice(0, 3) : undefined);

export const C_01 = defineRule(
  {
    id: 'C-01',
    family: 'catalog',
    severity: 'error',
    title: '科目代码格式正确，下级科目列在上级科目之后',
    description: '科目代码格式应正确（功能分类类、款、项分别为3、5、7位，经济分类类、款为3、5位），下级科目应列在其上级科目之后。',
    basis: '政府收支分类科目的编码规则。',
    fix: '改正写错的科目代码，按科目层级调整行的顺序。',
    kinds: KINDS_WITH_TABLES,
  },
  (ctx, rule) => {
    // the tables of the document's kind whose rows are codes (公开02/03/05–08, the 预算's coded tables)
    // (a table printed in another layout, 江苏's labelled 收入预算总表, lists no code: nothing to check there)
    const tables = ctx.disclosure.tables.filter((t) => tableSpec(t.id).codes !== undefined && t.codes.length > 0).map((t) => t.id);
    if (!tables.length) return notEvaluable('文件中没有按科目列示的表');
    let checks = 0;
    const findings = tables.flatMap((table) => {
      const isEconomic = tableSpec(table).codes === 'economic';
      const shape = isEconomic ? ECONOMIC_CODE : FUNCTION_CODE;
      const rows = ctx.rows(table).filter((r) => r !== T.total && !(NAMED_ROWS[table] ?? []).includes(r));
      checks += rows.length;
      const malformed = rows
        .filter((r) => !shape.test(r))
        .map((r) =>
          makeFinding(rule, {
            message: `${tableName(table)} 的科目代码“${r}”格式不正确：${isEconomic ? '经济分类应为以3开头的3位（类）或5位（款）数字' : '功能分类应为以2开头的3位（类）、5位（款）或7位（项）数字'}`,
            location: { table, row: r },
            sources: sourceOf(ctx, table, r),
          }),
        );
      // Printed order comes from the codes the table lists; a child printed before its parent is misplaced.
      const order = ctx.tableInfo(table)?.codes.map((c) => c.code) ?? [];
      const misplaced = order.flatMap((code, i) => {
        const parent = isEconomic ? economicParent(code) : parentCode(code);
        const at = parent === undefined ? -1 : order.indexOf(parent);
        return at > i
          ? [
              makeFinding(rule, {
                message: `${tableName(table)} 中 ${code} 列在其上级科目 ${parent ?? ''} 之前`,
                location: { table, row: code },
                sources: sourceOf(ctx, table, code),
              }),
            ]
          : [];
      });
      return [...malformed, ...misplaced];
    });
    return { checks, findings };
  },
);
