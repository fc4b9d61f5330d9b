// How narrative rules find the claims they compare: claims of one subject and scope, stated in the same sentence,
// the same section, or anywhere in the 情况说明; and how a finding points at a claim (section + quoted sentence).
import { EXPLANATION_TOPICS, type Claim, type ClaimMeasure, type ClaimScope } from '../../../../model/claim.js';
import type { Location } from '../../../../model/finding.js';
import { sourceKey } from '../../../../model/source.js';
import type { AuditContext } from '../../../context.js';

export const UNRESOLVED = '?';

export const claimsOf = (ctx: AuditContext): readonly Claim[] => ctx.disclosure.claims;

/** Claims of the 情况说明 proper (not 概况, not 绩效 text), whose figures restate the tables. */
export const explains = (claim: Claim): boolean => EXPLANATION_TOPICS.has(claim.topic);

export const resolved = (claim: Claim): boolean => claim.subject !== UNRESOLVED;


const keys = new WeakMap<Claim, string>();
export function sentenceKey(claim: Claim): string {
  let key = keys.get(claim);
  if (key === undefined) {
    key = `${claim.section}\u0000${sourceKey(claim.sentence)}\u0000${claim.quote}`;
    keys.set(claim, key);
  }
  return key;
}

/** Whether two claims were stated in one sentence (callers test their cheap conditions on the claims first). */
export const sameSentence = (a: Claim, b: Claim): boolean => a === b || sentenceKey(a) === sentenceKey(b);

/** Where a finding about a claim points: its section and the sentence, quoted. */
export const where = (claim: Claim): Location => ({ section: claim.section, quote: claim.quote });

/**
 * How a claim's subject is named in messages: its words as printed, a chain "X（类）Y（款）Z（项）" by its last
 * name, else the canonical subject.
 */
export function subjectName(claim: Claim): string {
  const label = claim.label;
  if (!label) return claim.subject;
  const names = [...label.matchAll(/([^（()）\s]+?)\s*[（(]\s*[类款项]\s*[)）]/g)].map((m) => m[1]!.replace(/^(?:\d+[、.．]|[-•])/, ''));
  return names.at(-1) ?? label;
}

/** The innermost heading of a claim's section, for messages ("（三）政府采购情况说明"). */
export const sectionName = (claim: Claim): string => claim.section.split(' > ').at(-1) ?? claim.section;

/** Scopes agree when equal, or when either side did not say (a figure outside the scoped sections). */
export const scopeAgrees = (a: ClaimScope | undefined, b: ClaimScope | undefined): boolean => a === undefined || b === undefined || a === b;

export interface Wanted {
  subject: string;
  scope?: ClaimScope | undefined;
  measures: readonly ClaimMeasure[];
  /** Only figures stated for this year (the default). */
  period?: '本年' | '上年';
}

const matches = (claim: Claim, wanted: Wanted): boolean =>
  claim.subject === wanted.subject && wanted.measures.includes(claim.measure) && claim.period === (wanted.period ?? '本年') && scopeAgrees(claim.scope, wanted.scope);

/** The money unit figures are stated in when none is written: the tables' unit, else the narrative's usual one. */
export function documentUnit(ctx: AuditContext): string | undefined {
  if (ctx.disclosure.document.unit) return ctx.disclosure.document.unit;
  const claims = ctx.disclosure.claims;
  // every rule asks: counted once per list of claims
  if (!narrativeUnits.has(claims)) {
    const counts = new Map<string, number>();
    for (const c of claims) if (c.unit === '万元' || c.unit === '元') counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
    narrativeUnits.set(claims, [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]);
  }
  return narrativeUnits.get(claims);
}

const narrativeUnits = new WeakMap<readonly Claim[], string | undefined>();

/**
 * The claim stating `wanted` nearest to `near`: in the same sentence (the last one before it, else the first
 * after it), else in the same section, else anywhere in the 情况说明 (or, when `anywhere`, in any part).
 */
export function nearest(claims: readonly Claim[], wanted: Wanted, near: Claim, anywhere = false): Claim | undefined {
  const index = claims.indexOf(near);
  const candidates: Claim[] = [];
  let before: Claim | undefined;
  claims.forEach((c, i) => {
    if (c === near || !matches(c, wanted)) return;
    candidates.push(c);
    if (i < index && sameSentence(c, near)) before = c;
  });
  const inSentence = candidates.filter((c) => sameSentence(c, near));
  if (before ?? inSentence[0]) return before ?? inSentence[0];
  const inSection = candidates.find((c) => c.section === near.section);
  if (inSection) return inSection;
  return candidates.find((c) => explains(c)) ?? (anywhere ? candidates[0] : undefined);
}

/** Every claim stating `wanted`, in document order. */
export const stating = (claims: readonly Claim[], wanted: Wanted): Claim[] => claims.filter((c) => matches(c, wanted));

/** The claims of one sentence, in order. */
export function sentences(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = sentenceKey(c);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}
