// One problem, one finding. Two rule families can see the same problem from their own side (the narrative's 完成率
// check and the 绩效 report's execution-rate check both read "完成年初预算98%"): a reader gets it once, told which
// other rules agree. And a wrong figure of the 情况说明 restated in several sections ("增长100%" on a zero base in
// §一, §四 and §五) is one problem too: it is shown once, with every place it is printed.
import type { Finding } from '../model/finding.js';
import { sourceKey } from '../model/source.js';

const NUMBER = /^\s*([-+]?)([\d,，]*\d(?:\.\d+)?)(.*)$/s;

/** A number without thousands separators, leading zeros or trailing decimal zeros ("2,262.40" → "2262.4"). */
function canonical(sign: string, digits: string): string {
  const [int, frac = ''] = digits.replace(/[,，]/g, '').split('.');
  const trimmedFrac = frac.replace(/0+$/, '');
  return `${sign === '-' ? '-' : ''}${int!.replace(/^0+(?=\d)/, '')}${trimmedFrac ? `.${trimmedFrac}` : ''}`;
}

/** The number a stated or expected value carries, without thousands separators, unit or percent sign. */
function figure(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = NUMBER.exec(value);
  return m ? canonical(m[1]!, m[2]!) : value.trim();
}

/** The figure as printed with its unit, so that 69.62元 and 69.62万元 stay apart; undefined without a number. */
function printedFigure(value: string | undefined): string | undefined {
  const m = value === undefined ? null : NUMBER.exec(value);
  return m ? `${canonical(m[1]!, m[2]!)}${m[3]!.replace(/\s+/g, '')}` : undefined;
}

/** Same severity, same first source, same expected and actual figures: the same problem seen by several rules. */
function placeKey(f: Finding): string | undefined {
  const first = f.sources[0];
  const expected = figure(f.expected);
  const actual = figure(f.actual);
  if (!first || expected === undefined || actual === undefined) return undefined;
  return JSON.stringify([f.severity, first, expected, actual]);
}

/**
 * A figure of the narrative stated wrong, with what it should be: the same stated figure and the same expected one
 * elsewhere in the 情况说明 is the same figure restated. Statements without a number ("决算数大于预算数") are
 * about their own item and never merge this way.
 */
function restatementKey(f: Finding): string | undefined {
  // A 尾差 is about its own sum; only figures stated wrong are restated.
  if (f.severity === 'info' || !('section' in f.location) || (f.family !== 'narrative' && f.family !== 'internal')) return undefined;
  const actual = printedFigure(f.actual);
  const expected = f.expected === undefined ? undefined : (printedFigure(f.expected) ?? f.expected.trim());
  if (actual === undefined || expected === undefined) return undefined;
  return JSON.stringify([f.severity, expected, actual]);
}

const sectionName = (f: Finding): string => ('section' in f.location ? (f.location.section.split(' > ').at(-1) ?? '') : '');

/** Keeps the first finding of each problem (rules run in registry order) and names the other rules and places on it. */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const byPlace = new Map<string, Finding>();
  const byFigure = new Map<string, Finding>();
  const restatedIn = new Map<Finding, string[]>();
  const alsoBy = (first: Finding, f: Finding) => {
    if (f.rule === first.rule && !f.alsoReportedBy) return;
    first.alsoReportedBy = [...new Set([...(first.alsoReportedBy ?? []), f.rule, ...(f.alsoReportedBy ?? [])])].filter((r) => r !== first.rule);
    if (first.alsoReportedBy.length === 0) delete first.alsoReportedBy;
  };
  for (const f of findings) {
    const place = placeKey(f);
    const samePlace = place === undefined ? undefined : byPlace.get(place);
    if (samePlace && samePlace.rule !== f.rule) {
      alsoBy(samePlace, f);
      continue;
    }
    const restatement = restatementKey(f);
    const sameFigure = restatement === undefined ? undefined : byFigure.get(restatement);
    if (sameFigure) {
      const known = new Set(sameFigure.sources.map(sourceKey));
      sameFigure.sources.push(...f.sources.filter((s) => !known.has(sourceKey(s))));
      restatedIn.set(sameFigure, [...(restatedIn.get(sameFigure) ?? []), sectionName(f)]);
      alsoBy(sameFigure, f);
      continue;
    }
    const copy = { ...f, sources: [...f.sources] };
    kept.push(copy);
    if (place !== undefined && !samePlace) byPlace.set(place, copy);
    if (restatement !== undefined) byFigure.set(restatement, copy);
  }
  for (const [f, sections] of restatedIn) f.message += `（同一数字另见于${[...new Set(sections)].map((s) => `“${s}”`).join('、')}，共 ${sections.length + 1} 处）`;
  return kept;
}
