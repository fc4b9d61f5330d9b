// Documents checked together without a store (`juesuan check 预算.pdf 决算.pdf …`): each is compared with the others
// of its department as the store compares stored ones (pipeline/cross-document.ts): the same department under any
// of its names, in the same region, of its own year or the year before. The audit decides which of them it
// compares with (a 决算 with the 预算 of its year, with the 决算 before it; a 预算 with the 预算 before it).
import { auditAcross, withCrossDocument } from '../audit/index.js';
import type { Analysis } from '../model/analysis.js';
import { departmentKey } from '../model/department.js';
import type { Disclosure } from '../model/disclosure.js';
import { relatedRef } from '../model/related-document.js';

function mayCompare(subject: Disclosure, other: Disclosure): boolean {
  const [s, o] = [subject.document, other.document];
  if (!s.department || !o.department || s.year === undefined || o.year === undefined) return false;
  if ((s.region ?? '') !== (o.region ?? '') || departmentKey(s.department) !== departmentKey(o.department)) return false;
  // the same kind of the same year is another copy (a version), which no rule compares with
  if (o.year === s.year && o.kind === s.kind) return false;
  return o.year === s.year || o.year === s.year - 1;
}

/** Each analysis with the rules across documents run against the others given with it; alone, unchanged. */
export function checkTogether(analyses: readonly Analysis[]): Analysis[] {
  return analyses.map((analysis) => {
    const related = analyses
      .filter((other) => other !== analysis && mayCompare(analysis.disclosure, other.disclosure))
      .map((other) => ({ ref: relatedRef(other.disclosure), disclosure: other.disclosure }));
    if (related.length === 0) return analysis;
    const across = auditAcross(analysis.disclosure, related);
    return { ...analysis, findings: [...analysis.findings.filter((f) => f.family !== 'cross-document'), ...across.findings], summary: withCrossDocument(analysis.summary, across) };
  });
}
