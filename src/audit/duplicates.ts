// Two rule families can see the same problem from their own side (the narrative's 完成率 check and the 绩效
// report's execution-rate check both read "完成年初预算98%"). A reader should get it once, told which other
// rules agree, so the count of errors is the count of problems.
import type { Finding } from '../model/finding.js';

/** The number a stated or expected value carries, without thousands separators, unit or percent sign. */
function figure(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([-+]?)([\d,，]*\d(?:\.\d+)?)/.exec(value);
  if (!m) return value.trim();
  const digits = m[2]!.replace(/[,，]/g, '');
  const [int, frac = ''] = digits.split('.');
  const trimmedFrac = frac.replace(/0+$/, '');
  return `${m[1] === '-' ? '-' : ''}${int!.replace(/^0+(?=\d)/, '')}${trimmedFrac ? `.${trimmedFrac}` : ''}`;
}

/** Same severity, same first source, same expected and actual figures: the same problem. */
function key(f: Finding): string | undefined {
  const first = f.sources[0];
  const expected = figure(f.expected);
  const actual = figure(f.actual);
  if (!first || expected === undefined || actual === undefined) return undefined;
  return JSON.stringify([f.severity, first, expected, actual]);
}

/** Keeps the first finding of each problem (rules run in registry order) and names the others on it. */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const k = key(f);
    const first = k === undefined ? undefined : byKey.get(k);
    if (!first) {
      const copy = { ...f };
      kept.push(copy);
      if (k !== undefined) byKey.set(k, copy);
      continue;
    }
    if (first.rule === f.rule) {
      kept.push(f);
      continue;
    }
    const others = new Set([...(first.alsoReportedBy ?? []), f.rule, ...(f.alsoReportedBy ?? [])]);
    first.alsoReportedBy = [...others];
  }
  return kept;
}
