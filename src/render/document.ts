// The package in print order, as every format prints it: cover, 第一部分, 第二部分 (the tables), 第三部分 …
// The draft gives the narrative parts; the tables part is placed here, between 概况 and 情况说明, as the
// official packages do.
import type { ChartSpec, DraftedDisclosure, DraftParagraph } from '../draft/drafted.js';
import { TERMS as T } from '../model/glossary.js';
import { layoutTables, type PrintedTable } from './table-layout.js';

export type PlanItem =
  | { kind: 'cover'; title: string; subtitle?: string }
  | { kind: 'part'; heading: string }
  | { kind: 'section'; heading: string; level: number }
  | { kind: 'paragraph'; runs: DraftParagraph }
  | { kind: 'chart'; chart: ChartSpec }
  | { kind: 'table'; table: PrintedTable };

const LATER_PART = /^第[三四五六七八九十]+部分/;

/** The heading of the tables part: 第二部分 2024年度部门决算表. */
export function tablesPartHeading(drafted: DraftedDisclosure): string {
  const { year, kind } = drafted.disclosure.document;
  return `第二部分 ${year ? `${year}年度` : ''}${kind === T.unitFinalAccounts ? T.unitFinalAccounts : T.departmentFinalAccounts}表`;
}

/** Everything to print, in order. */
export function documentPlan(drafted: DraftedDisclosure, tables: PrintedTable[] = layoutTables(drafted)): PlanItem[] {
  const items: PlanItem[] = [{ kind: 'cover', title: drafted.title, ...(drafted.disclosure.document.department ? { subtitle: drafted.disclosure.document.department } : {}) }];
  const charts = new Map(drafted.charts.map((c) => [c.id, c]));
  const tablesAt = (() => {
    const later = drafted.parts.findIndex((p) => LATER_PART.test(p.heading.trim()));
    return later >= 0 ? later : Math.min(1, drafted.parts.length);
  })();
  const pushTables = () => {
    if (tables.length === 0) return;
    items.push({ kind: 'part', heading: tablesPartHeading(drafted) });
    for (const table of tables) items.push({ kind: 'table', table });
  };
  drafted.parts.forEach((part, i) => {
    if (i === tablesAt) pushTables();
    items.push({ kind: 'part', heading: part.heading });
    for (const section of part.sections) {
      if (section.heading.trim() !== '') items.push({ kind: 'section', heading: section.heading, level: section.level ?? 1 });
      for (const runs of section.paragraphs) items.push({ kind: 'paragraph', runs });
      for (const id of section.charts ?? []) {
        const chart = charts.get(id);
        if (chart) items.push({ kind: 'chart', chart });
      }
    }
  });
  if (tablesAt >= drafted.parts.length) pushTables();
  return items;
}

/** A paragraph's plain text. */
export const runsText = (runs: DraftParagraph): string => runs.map((r) => r.text).join('');
