// Completeness of the table part: the standard tables are all published, an empty one says so in a note, and a
// note saying "no data" sits only under an empty table (domain README §3.4; consistency-rules T07-04, T08-02).
// M-01 … M-03 are ids of this module; consistency-rules.md names only the two table-specific note rules.
import type { TableInfo } from '../../../../model/disclosure.js';
import type { TableId } from '../../../../model/table-id.js';
import { defineRule, makeFinding, notEvaluable, type Rule, type RuleInfo } from '../../../engine.js';
import { tableName } from '../../../naming.js';

/** Notes seen under empty tables: 本表无数据, 故本表无数据, 没有…收入/支出, 本年度无此项收支, （无政府性基金支出）. */
export const NO_DATA_NOTE = /无数据|无此项|没有|未发生|无相关|为空|无.{0,12}(?:收入|支出|收支)/;

/** A table that prints no number; one whose numbers were not read is not empty (DESIGN.md §3.1). */
export const isEmpty = (info: TableInfo): boolean => info.reading.status === 'empty';

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
