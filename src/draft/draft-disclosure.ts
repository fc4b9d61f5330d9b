// model → draft: the 概况, 情况说明 and 名词解释 of a package written from its facts (and last year's), with the
// tables' 说明 and the charts. Every figure comes from a fact or is computed exactly from facts; what only the
// department knows (reasons, 年初预算, counts, 概况) is a visible gap unless the options supply it.
import type { Disclosure } from '../model/disclosure.js';
import { TERMS as T } from '../model/glossary.js';
import { draftCharts } from './charts.js';
import { DraftContext } from './context.js';
import type { DraftedDisclosure, DraftPart, DraftSection } from './drafted.js';
import type { DraftOptions } from './options.js';
import { basic } from './sections/basic.js';
import { governmentFund, stateCapital } from './sections/fund-capital.js';
import { generalBudget } from './sections/general-budget.js';
import { glossary } from './sections/glossary.js';
import { expenditure, income } from './sections/income-expenditure.js';
import { otherMatters } from './sections/other-matters.js';
import { fiscalTotal, incomeExpenditureTotal } from './sections/overview.js';
import { profile } from './sections/profile.js';
import { threePublic } from './sections/three-public.js';
import { draftTables } from './table-notes.js';

export const PART_IDS = { overview: 'overview', explanation: 'explanation', glossary: 'glossary' } as const;

/** The 情况说明 sections in the regime's order (domain README §2.2). */
function explanation(ctx: DraftContext): DraftSection[] {
  return [
    incomeExpenditureTotal(ctx),
    income(ctx),
    expenditure(ctx),
    fiscalTotal(ctx),
    ...generalBudget(ctx),
    basic(ctx),
    governmentFund(ctx),
    stateCapital(ctx),
    ...threePublic(ctx),
    ...otherMatters(ctx),
  ];
}

export function draftDisclosure(disclosure: Disclosure, options: DraftOptions = {}): DraftedDisclosure {
  const ctx = new DraftContext(disclosure, options);
  const kind = disclosure.document.kind === T.unitFinalAccounts ? T.unitFinalAccounts : T.departmentFinalAccounts;
  const parts: DraftPart[] = [
    { id: PART_IDS.overview, heading: `第一部分 ${kind === T.unitFinalAccounts ? '单位' : '部门'}概况`, sections: profile(ctx) },
    { id: PART_IDS.explanation, heading: `第三部分 ${ctx.yearWords}${kind}情况说明`, sections: explanation(ctx) },
    { id: PART_IDS.glossary, heading: `第四部分 ${T.glossaryPart}`, sections: glossary() },
  ];
  const charts = draftCharts(ctx);
  const sections = new Map(parts.flatMap((p) => p.sections).map((s) => [s.id, s]));
  for (const { chart, section } of charts) {
    const target = sections.get(section);
    if (target) target.charts = [...(target.charts ?? []), chart.id];
  }
  return {
    disclosure,
    title: `${disclosure.document.department ?? ctx.self}${ctx.yearWords}${kind}`,
    parts,
    tables: draftTables(ctx),
    charts: charts.map((c) => c.chart),
  };
}


