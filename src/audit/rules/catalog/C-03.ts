import Big from 'big.js';
import { FUNCTION_CODES, functionLevel } from '../../../catalog/function-codes.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';

/** Tables that split spending into basic and project columns, and the keys of those columns. */
const SPLIT_TABLES: ReadonlyArray<{ table: TableId; basic: string; project: string }> = [
  { table: 'T03', basic: T.basicExpenditure, project: T.projectExpenditure },
  { table: 'T05', basic: T.basicExpenditure, project: T.projectExpenditure },
  { table: 'T07', basic: T.expenditureBasic, project: T.expenditureProject },
  { table: 'T08', basic: T.basicExpenditure, project: T.projectExpenditure },
];

type ItemKind = 'basicOnly' | 'projectOnly';

const KIND_BY_NAME: Record<string, ItemKind> = { 行政运行: 'basicOnly', 事业运行: 'basicOnly', 一般行政管理事务: 'projectOnly' };

/**
 * For a code printed without a name and missing from the catalog: every catalog xx50 项 is 事业运行, whereas
 * xx01 and xx02 are often something else (2080501 行政单位离退休, 2210201 住房公积金 …), so only 50 is inferred.
 */
const NAME_BY_SUFFIX: Record<string, string> = { '50': '事业运行' };

function itemName(ctx: AuditContext, table: TableId, code: string): string | undefined {
  return ctx.printedName(table, code) ?? FUNCTION_CODES.get(code)?.name ?? NAME_BY_SUFFIX[code.slice(5)];
}

export const C_03 = defineRule(
  // Usually: catalog definitions, which departments do not always follow.
  {
    id: 'C-03',
    family: 'catalog',
    severity: 'warning',
    title: '行政运行、事业运行只列基本支出，一般行政管理事务只列项目支出',
    description: '“行政运行”“事业运行”科目通常只列基本支出，“一般行政管理事务”科目通常只列项目支出。',
    basis: '政府收支分类科目的说明：行政运行、事业运行反映基本支出，一般行政管理事务反映项目支出（实务中可能有例外）。',
    fix: '核对该科目的支出性质，把列错的支出调整到正确的科目或支出类别。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const tables = SPLIT_TABLES.filter((s) => ctx.hasTable(s.table));
    if (!tables.length) return notEvaluable('文件中没有分基本支出和项目支出列示的表');
    let checks = 0;
    const findings = tables.flatMap(({ table, basic, project }) =>
      ctx.rows(table).flatMap((code) => {
        const name = functionLevel(code) === T.functionItem ? itemName(ctx, table, code) : undefined;
        const kind = name === undefined ? undefined : KIND_BY_NAME[name];
        if (kind === undefined) return [];
        checks++;
        const [forbidden, allowed] = kind === 'basicOnly' ? [project, T.basicExpenditure] : [basic, T.projectExpenditure];
        const fact = ctx.fact({ table, row: code, column: forbidden });
        if (!fact || new Big(fact.value).eq(0)) return [];
        return [
          makeFinding(rule, {
            message: `${tableName(table)} ${code} ${name}：${forbidden} ${fact.value}，${name}科目应只列${allowed}`,
            location: { table, row: code, column: forbidden },
            actual: fact.value,
            sources: [fact.source],
          }),
        ];
      }),
    );
    return { checks, findings };
  },
);
