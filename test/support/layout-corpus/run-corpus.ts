// Judging a batch of cases against the known-failing list: a case not listed must pass; a listed case must still
// fail with the listed signature (so a fix, or a new failure, shows as a mismatch).
import { describeFailure } from './failure-report.js';
import type { CorpusCase } from './cases.js';
import { judgeCase, type CaseOutcome } from './judge.js';

export async function judgeCases(cases: readonly CorpusCase[], dir: string, knownFailing: Readonly<Record<string, string>>): Promise<{ outcomes: CaseOutcome[]; mismatches: string[] }> {
  const outcomes: CaseOutcome[] = [];
  const mismatches: string[] = [];
  for (const c of cases) {
    const o = await judgeCase(c, dir);
    outcomes.push(o);
    const known = knownFailing[c.id];
    if (known === undefined && !o.pass) mismatches.push(describeFailure(o).join('\n'));
    else if (known !== undefined && o.pass) mismatches.push(`${c.id}: listed as failing (${known}) but passes now — remove it from KNOWN_FAILING`);
    else if (known !== undefined && o.signature !== known) mismatches.push(`${c.id}: listed as failing with “${known}”, fails with “${o.signature}” now — update KNOWN_FAILING\n${describeFailure(o).slice(1).join('\n')}`);
  }
  return { outcomes, mismatches };
}

/** The known-failing list as the outcomes stand, to print (and paste when the readers change). */
export function knownFailingReport(outcomes: readonly CaseOutcome[], knownFailing: Readonly<Record<string, string>>): string {
  const failing = outcomes.filter((o) => !o.pass);
  const listed = outcomes.filter((o) => knownFailing[o.case.id] !== undefined);
  const current = failing.map((o) => `  '${o.case.id}': '${o.signature.replace(/'/g, "\\'")}',`).join('\n');
  const same = failing.length === listed.length && failing.every((o) => knownFailing[o.case.id] === o.signature);
  return [
    `KNOWN_FAILING: ${listed.length} cases listed; ${failing.length} of ${outcomes.length} cases fail now.`,
    same ? 'The failing cases are exactly the listed ones:' : 'The failing cases now (paste into KNOWN_FAILING after checking the diagnosis):',
    current,
  ].join('\n');
}
