// Completeness of the table part: the standard tables are all published, an empty one says so in a note, and a
// note saying "no data" sits only under an empty table (domain README §3.4; consistency-rules T07-04, T08-02).
// M-01 … M-03 are ids of this module; consistency-rules.md names only the two table-specific note rules.
import type { TableInfo } from '../../model/disclosure.js';
import type { TableId } from '../../model/table-id.js';
import { defineRule, makeFinding, notEvaluable, type Rule, type RuleInfo } from '../engine.js';
import { tableName } from '../naming.js';
import { kindSpec } from '../../catalog/kinds/index.js';


/** Notes seen under empty tables: 本表无数据, 故本表无数据, 没有…收入/支出, 本年度无此项收支, （无政府性基金支出）. */
const NO_DATA_NOTE = /无数据|无此项|没有|未发生|无相关|为空|无.{0,12}(收入|支出|收支)/;
const SAYS_NO_DATA = /本表无数据|本表为空/;

/** A table that prints no number; one whose numbers were not read is not empty (DESIGN.md §3.1). */
const isEmpty = (info: TableInfo): boolean => info.reading.status === 'empty';

const requiredTablesRule = defineRule(
  { id: 'M-01', family: 'completeness', severity: 'error', title: '公开表齐全' },
  (ctx, rule) => {
    const kind = kindSpec(ctx.disclosure.document.kind);
    if (!kind) return notEvaluable(`文件不是决算或预算公开（${ctx.disclosure.document.kind}），没有要求公开的表`);
    // A region's template may add tables (山西's 公开10): required there, worth a note elsewhere.
    const { department = '', region = '' } = ctx.disclosure.document;
    const own = kind.regional.filter((p) => p.regions.some((r) => department.includes(r) || region.includes(r)));
    const REQUIRED = [...kind.required, ...own.flatMap((p) => p.tables)];
    const REGIONAL = kind.regional.flatMap((p) => (own.includes(p) ? [] : p.tables.map((t) => ({ table: t, regions: p.regions }))));
    const missingRequired = REQUIRED.filter((t) => !ctx.hasTable(t));
    const location = { document: true as const };
    // A package without any table (四川 publishes them as a separate attachment) is flagged once.
    if (missingRequired.length === REQUIRED.length) {
      return {
        checks: 1,
        findings: [makeFinding(rule, { severity: 'warning', message: `文件中没有找到任何${kind.name}公开表（部分地区将表格作为单独附件发布，请一并核对）`, location, sources: [] })],
      };
    }
    const findings = [
      ...missingRequired.map((t) => makeFinding(rule, { message: `缺少《${tableName(t)}》：无数据的表也应公开并注明“本表无数据”`, location, sources: [] })),
      ...REGIONAL.filter(({ table }) => !ctx.hasTable(table)).map(({ table, regions }) =>
        makeFinding(rule, { severity: 'info', message: `未公开《${tableName(table)}》（${regions.join('、')}等地区的模板要求公开此表，其他地区模板可能没有）`, location, sources: [] }),
      ),
    ];
    return { checks: REQUIRED.length + REGIONAL.length, findings };
  },
);

/** An empty table carries a note saying there is no data (warning when it does not). */
export function emptyTableNoteRule(info: RuleInfo, tables: readonly TableId[]): Rule {
  return defineRule(info, (ctx, rule) => {
    const present = tables.flatMap((t) => ctx.tableInfo(t) ?? []);
    if (!present.length) return notEvaluable(`文件中没有${tables.map((t) => `《${tableName(t)}》`).join('、')}`);
    const empty = present.filter((t) => isEmpty(t));
    const findings = empty
      .filter((t) => !NO_DATA_NOTE.test(t.note ?? ''))
      .map((t) =>
        makeFinding(rule, {
          message: `《${tableName(t.id)}》没有数据，但表下未注明“本表无数据”等说明${t.note ? `（说明为“${t.note}”）` : ''}`,
          location: { table: t.id },
          sources: [t.source],
        }),
      );
    return { checks: present.length, findings };
  });
}

const dataWithNoDataNoteRule = defineRule(
  // A warning: the note may have been read from a neighbouring table; a human should look.
  { id: 'M-03', family: 'completeness', severity: 'warning', title: '有数据的表不注明“本表无数据”' },
  (ctx, rule) => {
    if (!ctx.disclosure.tables.length) return notEvaluable('文件中没有公开表');
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

export const COMPLETENESS_RULES: readonly Rule[] = [
  requiredTablesRule,
  emptyTableNoteRule({ id: 'M-02', family: 'completeness', severity: 'warning', title: '无数据的表注明“本表无数据”', kinds: ['final-accounts'] }, ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T10']),
  dataWithNoDataNoteRule,
  emptyTableNoteRule({ id: 'T07-04', family: 'completeness', severity: 'warning', title: '政府性基金预算财政拨款收入支出决算表无数据时注明', kinds: ['final-accounts'] }, ['T07']),
  emptyTableNoteRule({ id: 'T08-02', family: 'completeness', severity: 'warning', title: '国有资本经营预算财政拨款支出决算表无数据时注明', kinds: ['final-accounts'] }, ['T08']),
];
