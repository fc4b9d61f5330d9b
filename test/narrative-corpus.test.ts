// Read → extract → audit on the five seeds: every narrative must-flag item of ../shared/golden/<id>.findings.json
// (those about the 情况说明 and the narrative-only reports, not about 绩效自评 tables or the tables themselves) is
// found at its minimum severity, no must-not-flag item is reported as an error, and every error the narrative
// rules report is one of the known, real errors of the seed (precision). Matching follows golden-check.mjs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit/index.js';
import { extractDisclosure } from '../src/extract/index.js';
import type { Severity } from '../src/model/finding.js';
import { readText } from '../src/read/text-reader.js';
import { corpusDocument, goldenFindings, hasShared, matchesGolden, SKIP_REASON } from './support/shared-corpus.js';



/**
 * The must-flag items the narrative rules cover, per seed. Left to others: 绩效自评 tables and 绩效 narrative vs
 * 自评表 (F000-03/05/07, F001-04/05/06, F002-01…07 except 04, F003-06…15), table and catalog rules (F002-10,
 * F003-17/18).
 */
const NARRATIVE_ITEMS: Record<string, string[]> = {
  '000': ['F000-01', 'F000-02', 'F000-08'],
  '001': ['F001-01', 'F001-02', 'F001-03', 'F001-07'],
  '002': ['F002-04', 'F002-08', 'F002-11'],
  '003': ['F003-01a', 'F003-01b', 'F003-02', 'F003-04', 'F003-05'],
  '004': ['F004-01', 'F004-02', 'F004-03', 'F004-06'],
};

/**
 * Every error the narrative rules report on the seeds, as "rule actual": each is a real error of the document
 * (see the report of the narrative work). A new error here must be justified before it is added.
 */
const KNOWN_ERRORS: Record<string, string[]> = {
  '000': ['X-17 3辆', 'N-35 69.62元'],
  '001': ['N-30 98%', 'N-30 100%', 'N-23 5850.45', 'N-24 2024'],
  '002': [],
  '003': ['N-08 37530895.08元', 'N-12 17686720.57元', 'N-12 19844174.51元', 'N-02 11.77%', 'N-02 ∞%', 'N-30 100.00%'],
  '004': ['N-25 0.15万元', 'N-26 100%', 'N-23 2280.29'],
};

const NARRATIVE_FAMILIES = new Set(['narrative', 'internal']);
function check(id: string) {
  const file = corpusDocument(id);
  return audit(extractDisclosure(readText(file, readFileSync(file, 'utf8'))));
}

describe.skipIf(!hasShared)(`narrative audit of the seeds${hasShared ? '' : ` — ${SKIP_REASON}`}`, () => {
  for (const [id, covered] of Object.entries(NARRATIVE_ITEMS)) {
    it(`finds the narrative errors of seed ${id}, and only real ones`, () => {
      const golden = goldenFindings(id);
      const { findings } = check(id);
      const narrative = findings.filter((f) => NARRATIVE_FAMILIES.has(f.family));
      const count = (s: Severity) => narrative.filter((f) => f.severity === s).length;
      console.log(`narrative audit ${id}: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos`);

      const items = golden.must_flag.filter((m) => m.id !== undefined && covered.includes(m.id));
      expect(items.map((m) => m.id)).toEqual(covered);
      const missed = items.filter((m) => !matchesGolden(narrative, m, m.severity === 'error' ? ['error'] : ['error', 'warning']));
      expect(missed.map((m) => `${m.id}: ${m.what}`)).toEqual([]);

      const falseErrors = golden.must_not_flag_as_error.filter((m) => matchesGolden(findings, m, ['error']));
      expect(falseErrors.map((m) => m.what)).toEqual([]);

      const errors = narrative.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.actual ?? ''}`);
      expect(errors.sort()).toEqual([...(KNOWN_ERRORS[id] ?? [])].sort());
    });
  }
});
