// The key a reviewer's mark is kept by: the same finding (same rule, place and figures) gets the same key after a
// re-audit, whatever order the findings come in; a finding whose figures changed gets a new key (the old mark no
// longer applies to it).
import { createHash } from 'node:crypto';
import type { Finding, Location } from '../model/finding.js';

/** The location's fields in a fixed order (JSONB reorders keys, so the stored object cannot be hashed as is). */
function canonicalLocation(location: Location): string[] {
  if ('table' in location) return ['table', location.table, location.row ?? '', location.column ?? ''];
  if ('section' in location) return ['section', location.section, location.quote ?? ''];
  return ['document'];
}

type Keyed = Pick<Finding, 'rule' | 'location' | 'expected' | 'actual' | 'difference' | 'related'>;

const hash = (parts: readonly (string | number)[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20);

/**
 * The keys of a disclosure's findings, in order. Findings alike in rule, place and figures are told apart by their
 * rank among those alike (the engine lists them in a stable order).
 */
export function findingKeys(findings: readonly Keyed[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    // A finding across documents is about this document and that one: another related document is another finding.
    const parts = [f.rule, ...canonicalLocation(f.location), f.expected ?? '', f.actual ?? '', f.difference ?? '', ...(f.related ? [f.related.document.file] : [])];
    const base = JSON.stringify(parts);
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    return hash(rank ? [...parts, rank] : parts);
  });
}
