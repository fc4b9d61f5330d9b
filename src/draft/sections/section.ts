import type { DraftParagraph, DraftSection } from '../drafted.js';
import { inUnit, type Money } from '../fact-book.js';
import { formatMoney, formatPercent, ratio } from '../number-format.js';
import { figure, type Part } from '../runs.js';

/** Section ids (stable: renderers, reasons and charts refer to them). */
export const SECTION_IDS = {
  profile: 'profile',
  incomeExpenditureTotal: 'income-expenditure-total',
  income: 'income',
  expenditure: 'expenditure',
  fiscalTotal: 'fiscal-total',
  generalBudget: 'general-budget',
  generalTotal: 'general-total',
  generalStructure: 'general-structure',
  generalDetail: 'general-detail',
  basic: 'basic',
  governmentFund: 'government-fund',
  stateCapital: 'state-capital',
  threePublic: 'three-public',
  threePublicTotal: 'three-public-total',
  threePublicDetail: 'three-public-detail',
  otherMatters: 'other-matters',
  operatingCost: 'operating-cost',
  procurement: 'procurement',
  assets: 'assets',
  performance: 'performance',
  otherNotes: 'other-notes',
  glossary: 'glossary',
} as const;

export function section(id: string, heading: string, paragraphs: DraftParagraph[], level = 1): DraftSection {
  return { id, heading, ...(level !== 1 ? { level } : {}), paragraphs };
}

/** An amount as a figure run: "2,262.43万元". */
export const money = (m: Money): Part => figure(formatMoney(m.value, m.unit));

/** "，占比27.05%" when the whole is not zero; nothing on a zero whole (no rate exists). */
export function shareOf(part: Money, whole: Money | undefined, words = '，占比'): Part[] {
  const r = whole && ratio(part.value, inUnit(whole, part.unit).value);
  return r ? [words, figure(formatPercent(r))] : [];
}
