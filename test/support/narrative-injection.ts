// Error injection for the narrative: change one number of a 情况说明 sentence that restates a table figure, a
// share, a change or a completion rate, and check that the audit reports that sentence.
import { readFileSync } from 'node:fs';
import { audit } from '../../src/audit/index.js';
import { tableRef, tableValue } from '../../src/audit/rules/narrative/lib/table-refs.js';
import { createContext } from '../../src/audit/context.js';
import { extractDisclosure } from '../../src/extract/index.js';
import { EXPLANATION_TOPICS, type Claim } from '../../src/model/claim.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Finding } from '../../src/model/finding.js';
import { readText } from '../../src/read/text-reader.js';
import { perturb } from './error-injection.js';

export interface NarrativeInjection {
  claim: Claim;
  line: number;
  /** The number as changed, with its unit ("2263.43万元"). */
  changed: string;
}

const RATIOS = new Set<Claim['measure']>(['share', 'change', 'change-percent', 'completion']);
const squash = (text: string): string => text.replace(/(?<=\d)[,，](?=\d{3})/g, '').replace(/\s+/g, '');
const lineOf = (claim: Claim): number | undefined => ('line' in claim.source ? claim.source.line : undefined);

/** Claims of the 情况说明 that restate a printed table figure, or state a share, a change or a completion rate. */
export function restatingClaims(disclosure: Disclosure): Claim[] {
  const ctx = createContext(disclosure);
  const printed = (c: Claim) => {
    const reference = tableRef(c.subject, c.scope, c.measure);
    return reference !== undefined && tableValue(ctx, reference) !== undefined;
  };
  return disclosure.claims.filter(
    (c) => EXPLANATION_TOPICS.has(c.topic) && c.subject !== '?' && /^\d/.test(c.value) && c.unit !== '' && (RATIOS.has(c.measure) || printed(c)),
  );
}

/** The claims of a line as printed tokens: one per number (a "收、支总计" figure is one token for two subjects). */
function tokensOf(claims: readonly Claim[]): Claim[] {
  return claims.filter((c, i) => {
    const prev = claims[i - 1];
    return !(prev && lineOf(prev) === lineOf(c) && prev.written === c.written && prev.quote === c.quote && prev.measure === c.measure);
  });
}

/** The text with the `occurrence`-th printing of `written` on `line` replaced by `changed`. */
function replaceOnLine(text: string, line: number, written: string, occurrence: number, changed: string): string | undefined {
  const lines = text.split('\n');
  const raw = lines[line - 1];
  if (raw === undefined) return undefined;
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hits = [...raw.matchAll(new RegExp(`(?<![\\d.,])${escaped}`, 'g'))];
  const hit = hits[occurrence];
  if (!hit) return undefined;
  lines[line - 1] = raw.slice(0, hit.index) + changed + raw.slice(hit.index + written.length);
  return lines.join('\n');
}

const reportsAt = (finding: Finding, injection: NarrativeInjection): boolean =>
  finding.severity !== 'info' &&
  (('quote' in finding.location && squash(finding.location.quote ?? '').includes(squash(injection.changed))) ||
    finding.sources.some((s) => 'line' in s && s.line === injection.line));

export interface NarrativeInjectionResult {
  total: number;
  detected: number;
  missed: NarrativeInjection[];
}

/** Changes each restating number of a text document once and checks the audit reports its sentence. */
export function injectNarrativeErrors(file: string): NarrativeInjectionResult {
  const text = readFileSync(file, 'utf8');
  const disclosure = extractDisclosure(readText(file, text));
  const tokens = tokensOf(disclosure.claims);
  const chosen = new Set(restatingClaims(disclosure));
  // Only a finding the unchanged document does not already have counts (a sentence that is already wrong would
  // otherwise "detect" every change).
  const key = (f: Finding) => `${f.rule}|${f.message}`;
  const before = new Set(audit(disclosure).findings.map(key));
  const missed: NarrativeInjection[] = [];
  let total = 0;
  tokens.forEach((claim, index) => {
    const line = lineOf(claim);
    if (!chosen.has(claim) || line === undefined) return;
    const occurrence = tokens.slice(0, index).filter((c) => lineOf(c) === line && c.written === claim.written).length;
    const number = claim.value.replace(/^-/, '');
    const changed = claim.written.replace(/[\d,]+(?:\.\d+)?/, perturb(number));
    const changedText = replaceOnLine(text, line, claim.written, occurrence, changed);
    if (!changedText) return;
    total++;
    const injection = { claim, line, changed };
    const { findings } = audit(extractDisclosure(readText(file, changedText)));
    if (!findings.some((f) => !before.has(key(f)) && reportsAt(f, injection))) missed.push(injection);
  });
  return { total, detected: total - missed.length, missed };
}
