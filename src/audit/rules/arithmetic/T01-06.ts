import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';

/** Row keys the extractor gives to a row that has no printed label (行N, N = 行次). */
const UNLABELLED_ROW = /^行\d+$/;

export const T01_06 = defineRule(
  {
    id: 'T01-06',
    family: 'arithmetic',
    severity: 'error',
    title: '总表中无项目名称的空行不得填列金额',
    description: '收入支出决算总表、财政拨款收入支出决算总表中没有项目名称的空行不应填有金额。',
    basis: '表样规定：总表的空行只是占位，不填数。',
    fix: '删去空行中的数字，或把它移到对应的项目行。',
    kinds: FINAL_ACCOUNTS,
  },
  // The same template rule holds for 公开04 (行次 4–26, 61–63), whose blank rows the extractor keys the same way.
  (ctx, rule) => {
    const tables = (['T01', 'T04'] as const).filter((t) => ctx.hasTable(t));
    if (!tables.length) return notEvaluable(`文件中没有《${tableName('T01')}》和《${tableName('T04')}》`);
    const findings = tables.flatMap((table) =>
      ctx
        .facts(table)
        .filter((f) => UNLABELLED_ROW.test(f.row))
        .map((f) =>
          makeFinding(rule, {
            message: `${tableName(table)} ${f.row.replace('行', '第')}行没有项目名称，却填有数字 ${f.value}`,
            location: { table, row: f.row, column: f.column },
            actual: f.value,
            sources: [f.source],
          }),
        ),
    );
    return { checks: tables.length, findings };
  },
);
