// The figures people compare across departments and years, taken once from each disclosure when it is stored:
// what its tables print (收入总计, 三公 …) or, where no table carries the figure (机关运行经费), what its 情况说明
// states; and the 上年数 its 情况说明 prints for the same figures. Kept in disclosure_figures, so that rankings,
// a department's history and comparisons read a few rows instead of every fact and claim.
import type { Claim } from '../model/claim.js';
import { toYuan } from '../model/decimal.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Fact } from '../model/fact.js';
import { TERMS as T } from '../model/glossary.js';
import type { Source } from '../model/source.js';
import type { TableId } from '../model/table-id.js';

export interface KeyFigureDefinition {
  key: string;
  label: string;
  /** The fact that prints it (any column when column is null). */
  fact: { table: TableId; row: string; column: string | null } | null;
  /** The claim subject that states it in the 情况说明. */
  claim: string;
}

export const KEY_FIGURES = [
  { key: 'income', label: T.incomeGrandTotal, fact: { table: 'T01', row: T.incomeGrandTotal, column: null }, claim: T.incomeGrandTotal },
  { key: 'expenditure', label: T.expenditureGrandTotal, fact: { table: 'T01', row: T.expenditureGrandTotal, column: null }, claim: T.expenditureGrandTotal },
  { key: 'basic', label: T.basicExpenditure, fact: { table: 'T03', row: T.total, column: T.basicExpenditure }, claim: T.basicExpenditure },
  { key: 'project', label: T.projectExpenditure, fact: { table: 'T03', row: T.total, column: T.projectExpenditure }, claim: T.projectExpenditure },
  { key: 'threePublic', label: '“三公”经费支出', fact: { table: 'T09', row: T.finalAmount, column: T.total }, claim: '三公:合计' },
  { key: 'overseas', label: T.overseasTravel, fact: { table: 'T09', row: T.finalAmount, column: T.overseasTravel }, claim: `三公:${T.overseasTravel}` },
  { key: 'vehicles', label: T.vehicleTotal, fact: { table: 'T09', row: T.finalAmount, column: T.vehicleTotal }, claim: `三公:${T.vehicleTotal}` },
  { key: 'reception', label: T.officialReception, fact: { table: 'T09', row: T.finalAmount, column: T.officialReception }, claim: `三公:${T.officialReception}` },
  { key: 'operatingCost', label: T.institutionOperatingCost, fact: null, claim: T.institutionOperatingCost },
] as const satisfies readonly KeyFigureDefinition[];

export type KeyFigureKey = (typeof KEY_FIGURES)[number]['key'];

/**
 * The department's staff as its 部门概况 states them: the denominators of per-capita figures. A count, never in
 * 元; kept only when every statement of it in the document agrees (two units' figures are not one department's).
 */
export const STAFF_FIGURES = [
  { key: 'staffInPost', label: T.staffInPost, claim: `人员:${T.staffInPost}` },
  { key: 'authorisedPosts', label: T.authorisedPosts, claim: `人员:${T.authorisedPosts}` },
] as const;

export type StaffFigureKey = (typeof STAFF_FIGURES)[number]['key'];

export interface KeyFigureValue {
  key: KeyFigureKey | StaffFigureKey;
  /** 本年: the disclosure's own year; 上年: the year before, as this disclosure's 情况说明 prints it. */
  period: '本年' | '上年';
  printed: string;
  unit: string;
  yuan: string | null;
  origin: 'table' | 'narrative';
  source: Source;
}

const stated = (claims: readonly Claim[], subject: string, period: '本年' | '上年'): Claim | undefined =>
  claims.find((c) => c.subject === subject && c.measure === 'amount' && c.period === period && /^-?\d+(\.\d+)?$/.test(c.value));

const factFor = (facts: readonly Fact[], d: KeyFigureDefinition['fact']): Fact | undefined =>
  d ? facts.find((f) => f.table === d.table && f.row === d.row && (d.column === null || f.column === d.column)) : undefined;

/**
 * The key figures of a disclosure: from its tables where printed, else from its 情况说明; the 上年数 it states; and
 * its staff.
 */
export function keyFigures(disclosure: Pick<Disclosure, 'facts' | 'claims'>): KeyFigureValue[] {
  const out: KeyFigureValue[] = [];
  for (const def of KEY_FIGURES) {
    const fact = factFor(disclosure.facts, def.fact);
    const claim = fact ? undefined : stated(disclosure.claims, def.claim, '本年');
    if (fact) out.push({ key: def.key, period: '本年', printed: fact.value, unit: fact.unit, yuan: fact.yuan ?? null, origin: 'table', source: fact.source });
    else if (claim) out.push({ key: def.key, period: '本年', printed: claim.value, unit: claim.unit, yuan: toYuan(claim.value, claim.unit) ?? null, origin: 'narrative', source: claim.source });
    const prior = stated(disclosure.claims, def.claim, '上年');
    if (prior) out.push({ key: def.key, period: '上年', printed: prior.value, unit: prior.unit, yuan: toYuan(prior.value, prior.unit) ?? null, origin: 'narrative', source: prior.source });
  }
  for (const def of STAFF_FIGURES) {
    const counts = disclosure.claims.filter((c) => c.subject === def.claim && c.measure === 'count' && c.period === '本年' && /^\d+$/.test(c.value));
    const [first] = counts;
    if (first && counts.every((c) => c.value === first.value)) {
      out.push({ key: def.key, period: '本年', printed: first.value, unit: first.unit, yuan: null, origin: 'narrative', source: first.source });
    }
  }
  return out;
}
