// The audit over the golden facts of the real documents (../shared/golden): every table-related must-flag item
// is found at its minimum severity, no must-not-flag item is reported as an error, and the two internally
// consistent seeds (000, 002) produce no error. Matching follows ../shared/tools/golden-check.mjs.
import { describe, expect, it } from 'vitest';
import type { TableId } from '../model/table-id.js';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { goldenFacts, goldenFindings, hasShared, matchesGolden, SKIP_REASON } from '../../test/support/shared-corpus.js';
import { audit } from './index.js';



/** Must-flag items about the tables themselves; the others need the narrative or the 绩效 tables. */
const TABLE_ITEMS: Record<string, string[]> = {
  '000': [],
  '002': ['F002-10a', 'F002-10b'],
  '003': ['F003-17', 'F003-18a', 'F003-18b', 'F003-18c', 'F003-18d'],
  'putuo-ghzyj-2024-final': ['P-03', 'P-04', 'P-10', 'P-11'],
};
const WITHOUT_ERRORS = new Set(['000', '002']);

function auditGolden(id: string) {
  const golden = goldenFacts(id);
  const disclosure = buildDisclosure({
    unit: golden.document.unit,
    year: golden.document.year,
    tables: golden.document.tables as TableId[],
    facts: golden.facts.map((f) => ({ ...f, table: f.table as TableId })),
  });
  return audit(disclosure);
}

describe.skipIf(!hasShared)(`audit of the golden facts${hasShared ? '' : ` — ${SKIP_REASON}`}`, () => {
  for (const [id, mustFlagIds] of Object.entries(TABLE_ITEMS)) {
    it(`meets the golden findings of ${id}`, () => {
      const golden = goldenFindings(id);
      const { findings, summary } = auditGolden(id);
      console.log(`audit ${id}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos; rules ${JSON.stringify(summary.rules)}`);

      const items = golden.must_flag.filter((m) => m.id !== undefined && mustFlagIds.includes(m.id));
      expect(items.map((m) => m.id)).toEqual(mustFlagIds);
      const missed = items.filter((m) => !matchesGolden(findings, m, m.severity === 'error' ? ['error'] : ['error', 'warning']));
      expect(missed.map((m) => `${m.id}: ${m.what}`)).toEqual([]);

      const falseErrors = golden.must_not_flag_as_error.filter((m) => matchesGolden(findings, m, ['error']));
      expect(falseErrors.map((m) => m.what)).toEqual([]);

      if (WITHOUT_ERRORS.has(id)) expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    });
  }
});
