// "与上年相比增加 X，增长 Y%" and "上年…为 X" checked against the previous year's own package. Each sentence states,
// for a subject, the prior-year figure it relies on: written out (上年数), or implied by this year's figure less the
// change, or only by the rate. That one figure is compared with what the previous package printed, so that a
// sentence whose amount and rate both follow from one wrong prior-year figure gives one finding; a rate that merely
// disagrees with its own amount is the internal rule N-02's, not this one's.
import Big from 'big.js';
import type { Claim, ClaimScope } from '../../../../model/claim.js';
import type { Finding } from '../../../../model/finding.js';
import { sourceKey, type Source } from '../../../../model/source.js';
import type { AuditContext } from '../../../context.js';
import { makeFinding, type RuleRef } from '../../../engine.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, sentenceKey, subjectName, where } from '../../narrative/lib/claims.js';
import { claimValue, inUnitOf, percent, percentTolerance, restatementTolerance, showPercent } from '../../narrative/lib/values.js';
import { documentName, thisDocumentName, type Counterpart } from './counterparts.js';
import { figureOf, UNREAD, type FigureBook } from './figures.js';
import { derivedTolerance } from './tolerance.js';

/** What one sentence says about a subject's year-over-year change. */
interface YearStatement {
  subject: string;
  scope: ClaimScope | undefined;
  /** The prior-year figure written out. */
  prior?: Claim;
  change?: Claim;
  rate?: Claim;
  /** This year's figure stated in the same sentence. */
  current?: Claim;
}

function statements(ctx: AuditContext, book: FigureBook): YearStatement[] {
  const groups = new Map<string, YearStatement>();
  const claims = claimsOf(ctx).filter((c) => explains(c) && resolved(c));
  const group = (c: Claim): YearStatement => {
    const key = `${sentenceKey(c)}\u0000${c.subject}\u0000${c.scope ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { subject: c.subject, scope: c.scope }));
    return g;
  };
  for (const c of claims) {
    if (c.period === '上年' && book.measures.includes(c.measure)) group(c).prior ??= c;
    else if (c.period !== '本年') continue;
    else if (c.measure === 'change') group(c).change ??= c;
    else if (c.measure === 'change-percent' && c.unit === '%') group(c).rate ??= c;
  }
  // This year's figure of the same sentence, for the groups that have a change or a rate.
  for (const c of claims) {
    if (c.period !== '本年' || !book.measures.includes(c.measure)) continue;
    const g = groups.get(`${sentenceKey(c)}\u0000${c.subject}\u0000${c.scope ?? ''}`);
    if (g) g.current ??= c;
  }
  return [...groups.values()];
}

interface Mismatch {
  finding: Finding;
  /** Statements resting on the same figure of the previous package, or stating the same wrong figure, are one. */
  keys: string[];
  subjects: string[];
}

const signed = (amount: Big, unitOf: Pick<Claim, 'unit' | 'value'>, unit: string | undefined): string => `${amount.gte(0) ? '增加' : '减少'}${inUnitOf(amount.abs(), unitOf, unit)}`;

export interface YearOverYearResult {
  checks: number;
  findings: Finding[];
  /** Statements left out because a figure they need was not read (in either document). */
  unread: number;
}

/**
 * Compares every year-over-year statement of `ctx` with the previous package `previous`; `book` says how both
 * print their figures (a 决算's 决算数, a 预算's 预算数).
 */
export function checkYearOverYear(ctx: AuditContext, previous: Counterpart, book: FigureBook, rule: RuleRef): YearOverYearResult {
  const unit = documentUnit(ctx);
  const mismatches: Mismatch[] = [];
  let checks = 0;
  let unread = 0;
  for (const s of statements(ctx, book)) {
    const first = s.prior ?? s.change ?? s.rate;
    if (!first) continue;
    const before = figureOf(previous.ctx, book, s.subject, s.scope);
    if (before === UNREAD) unread++;
    if (!before || before === UNREAD) continue;
    const v = before.value;
    // This year's figure as the tables print it (the narrative's own restatement is N-39's and N-01's to check), else
    // as the sentence states it.
    const stated = s.current && claimValue(s.current, unit);
    const own = s.change || s.rate ? figureOf(ctx, book, s.subject, s.scope) : undefined;
    if (own === UNREAD && !stated) {
      unread++;
      continue;
    }
    const now = own && own !== UNREAD ? own : stated ? { value: stated, label: '' } : undefined;
    const name = subjectName(first);
    const theirs = `${documentName(previous.ref)}${before.label}为${v.shown}`;
    const related = { document: previous.ref, sources: v.sources };
    let details: Pick<Finding, 'message' | 'expected' | 'actual' | 'difference' | 'tolerance'> & { sources: Source[] } | undefined;
    if (s.prior) {
      const p = claimValue(s.prior, unit);
      if (!p || p.money !== v.money) continue;
      checks++;
      const difference = p.amount.minus(v.amount).abs();
      const tolerance = restatementTolerance(p, v);
      if (difference.gt(tolerance)) {
        details = {
          message: `${sectionName(s.prior)}称${name}上年为${s.prior.written}，${theirs}`,
          expected: inUnitOf(v.amount, s.prior, unit),
          actual: s.prior.written,
          difference: inUnitOf(difference, s.prior, unit),
          tolerance: inUnitOf(tolerance, s.prior, unit),
          sources: [s.prior.source],
        };
      }
    } else if (s.change && now) {
      const d = claimValue(s.change, unit);
      if (!d || d.money !== v.money || now.value.money !== v.money) continue;
      checks++;
      const implied = now.value.amount.minus(d.amount);
      const difference = implied.minus(v.amount).abs();
      const tolerance = derivedTolerance([now.value, d, v]);
      if (difference.gt(tolerance)) {
        const should = now.value.amount.minus(v.amount);
        const rate = v.amount.eq(0) ? '' : `（${should.gte(0) ? '增长' : '下降'}${showPercent(percent(should, v.amount).abs(), s.rate?.value ?? '0.00')}%）`;
        details = {
          message: `${sectionName(s.change)}称${name}比上年${s.change.direction ?? ''}${s.change.written.replace(/^-/, '')}（本年${now.value.shown}，即上年为${inUnitOf(implied, s.change, unit)}），${theirs}，按此应为${signed(should, s.change, unit)}${rate}`,
          expected: signed(should, s.change, unit),
          actual: `${s.change.direction ?? ''}${s.change.written.replace(/^-/, '')}`,
          difference: inUnitOf(difference, s.change, unit),
          tolerance: inUnitOf(tolerance, s.change, unit),
          sources: [s.change.source, ...(s.rate ? [s.rate.source] : []), ...now.value.sources],
        };
      }
    } else if (s.rate && now && now.value.money === v.money && !v.amount.eq(0)) {
      checks++;
      const delta = now.value.amount.minus(v.amount);
      const computed = percent(delta, v.amount);
      const tolerance = percentTolerance(s.rate.value.replace('-', ''), { ...now.value, amount: delta.abs(), step: now.value.step.plus(v.step) }, v);
      const declared = new Big(s.rate.value);
      if (!tolerance.covers(declared.minus(computed).abs())) {
        const shown = showPercent(computed.abs(), s.rate.value);
        details = {
          message: `${sectionName(s.rate)}称${name}比上年${s.rate.direction ?? ''}${s.rate.written.replace(/^-/, '')}（本年${now.value.shown}），${theirs}，按此应为${computed.gte(0) ? '增长' : '下降'}${shown}%`,
          expected: `${computed.gte(0) ? '增长' : '下降'}${shown}%`,
          actual: `${s.rate.direction ?? ''}${s.rate.written.replace(/^-/, '')}`,
          difference: declared.minus(computed).abs().toFixed(4),
          tolerance: tolerance.value.toFixed(4),
          sources: [s.rate.source, ...now.value.sources],
        };
      }
    }
    if (!details) continue;
    const { sources: all, ...rest } = details;
    // A rate and its amount read on one line share a source.
    const sources = all.filter((x, i) => all.findIndex((y) => sourceKey(y) === sourceKey(x)) === i);
    const finding = makeFinding(rule, { ...rest, message: `${thisDocumentName(ctx)}${rest.message}`, location: where(first), sources, related });
    // Spacing is how a line was set, not a different figure ("3,958.98万元", "3,958.98 万元").
    const actual = (finding.actual ?? '').replace(/\s+/g, '');
    const keys = [`${v.sources.map(sourceKey).join(';')}\u0000${actual}`, `${actual}\u0000${finding.expected}`];
    const same = mismatches.find((m) => m.keys.some((k) => keys.includes(k)));
    if (same) {
      // The same wrong figure restated elsewhere, or said of several subjects ("收、支预算总计各增加…", 财政拨款 and
      // 一般公共预算 when they are the same money).
      same.finding.sources.push(...sources.filter((x) => !same.finding.sources.some((y) => sourceKey(y) === sourceKey(x))));
      if (!same.subjects.includes(name)) same.subjects.push(name);
      same.keys.push(...keys);
      continue;
    }
    mismatches.push({ finding, keys, subjects: [name] });
  }
  const findings = mismatches.map((m) => (m.subjects.length > 1 ? { ...m.finding, message: `${m.finding.message}（同一数字也用于${m.subjects.slice(1).join('、')}）` } : m.finding));
  return { checks, findings, unread };
}
