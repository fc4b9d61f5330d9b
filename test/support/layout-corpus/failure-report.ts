// What a failing case got wrong, table by table, for the test output and the diagnosis.
import type { CaseOutcome } from './judge.js';
import { truthKey } from './truth.js';

const LISTED = 4;

const sample = (items: string[]) => (items.length > LISTED ? `${items.slice(0, LISTED).join(', ')} … (${items.length})` : items.join(', '));

/** Lines describing a failing case: its signature, then per table what was missing, wrong or extra. */
export function describeFailure(o: CaseOutcome): string[] {
  if (o.refused) return [`${o.case.id}: ${o.refused}`];
  const lines = [`${o.case.id}: ${o.signature}`];
  const tables = [...new Set([...o.missing.map((m) => m.table), ...o.wrong.map((w) => w.key.slice(0, 3)), ...o.extra.map((e) => e.key.slice(0, 3))])].sort();
  for (const table of tables) {
    const missing = o.missing.filter((m) => m.table === table);
    const unreported = new Set(o.unreported.map(truthKey));
    const parts = [
      missing.length ? `missing ${missing.length} (${missing.filter((m) => unreported.has(truthKey(m))).length} unreported): ${sample(missing.map((m) => `${m.row}/${m.column}=${m.value}`))}` : '',
      sample(o.wrong.filter((w) => w.key.startsWith(table)).map((w) => `${w.key.slice(4)} ${w.expected}→${w.read}`)),
      sample(o.extra.filter((e) => e.key.startsWith(table)).map((e) => `+${e.key.slice(4)}=${e.value}`)),
    ].filter(Boolean);
    lines.push(`  ${table}: ${parts.join('; ')}`);
  }
  for (const e of o.dependentErrors.slice(0, LISTED)) lines.push(`  error depending on unread numbers: ${e}`);
  if (o.documentErrors.length) lines.push(`  document info read differently: ${o.documentErrors.join(', ')}`);
  return lines;
}
