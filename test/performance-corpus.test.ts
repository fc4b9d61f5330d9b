// The 绩效 family on the seeds: read → extract → audit, then the golden findings about 绩效自评 (tables, 综述, reports)
// must be found by a `performance` finding of at least their severity, and no must-not-flag item may be a
// `performance` error. Matching as golden/README.md §2 defines it: every figure is a substring of the finding's
// message + quote + expected + actual once separators and whitespace are removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/audit/context.js';
import { runRules } from '../src/audit/engine.js';
import { RULES } from '../src/audit/rules/registry.js';
import { extractDisclosure } from '../src/extract/index.js';
import type { Disclosure } from '../src/model/disclosure.js';
import type { Finding } from '../src/model/finding.js';
import { readDocument } from '../src/read/index.js';
import { corpusDocument, goldenFindings, hasShared, SKIP_REASON, type GoldenItem } from './support/shared-corpus.js';



/** The must-flag items this family covers, by seed. */
const COVERED: Record<string, string[]> = {
  '000': ['F000-02', 'F000-03', 'F000-05a', 'F000-05b', 'F000-05c', 'F000-07'],
  '001': ['F001-02', 'F001-03', 'F001-04', 'F001-05', 'F001-06'],
  '002': ['F002-01', 'F002-02', 'F002-03', 'F002-05', 'F002-06', 'F002-07'],
  '003': [
    'F003-06a',
    'F003-06b',
    'F003-07',
    'F003-08',
    'F003-09',
    'F003-10',
    'F003-11a',
    'F003-11b',
    'F003-12a',
    'F003-12b',
    'F003-13a',
    'F003-13b',
    'F003-13c',
    'F003-13d',
    'F003-13e',
    'F003-14',
    'F003-15',
  ],
  '004': ['F004-01'],
};

const squash = (s: string): string => s.replace(/[,，\s]/g, '');
const text = (f: Finding): string =>
  squash([f.message, 'quote' in f.location ? (f.location.quote ?? '') : '', f.expected ?? '', f.actual ?? ''].join('\n'));
const matches = (f: Finding, item: GoldenItem): boolean => item.figures.every((fig) => text(f).includes(squash(fig)));
const atLeast = (f: Finding, severity: GoldenItem['severity']): boolean => severity !== 'error' || f.severity === 'error';


describe.skipIf(!hasShared)('绩效 rules on the seeds', () => {
  for (const [id, covered] of Object.entries(COVERED)) {
    describe(`seed ${id}`, () => {
      let disclosure: Disclosure;
      let findings: Finding[];
      beforeAll(async () => {
        disclosure = extractDisclosure(await readDocument(corpusDocument(id)));
        // The family alone: with every rule, a problem another family saw first is listed under that family.
        findings = runRules(RULES.filter((r) => r.family === 'performance'), createContext(disclosure)).findings;
      });

      it('extracts the 绩效 evaluations with their sources', () => {
        expect(disclosure.performance.length).toBeGreaterThan(0);
        for (const e of disclosure.performance) {
          expect(e.source).toBeDefined();
          for (const line of e.funding) expect(line.source).toBeDefined();
          for (const indicator of e.indicators) expect(indicator.source).toBeDefined();
        }
      });

      for (const itemId of covered) {
        it(`finds ${itemId}`, () => {
          const item = goldenFindings(id).must_flag.find((m) => m.id === itemId);
          expect(item, `${itemId} is in golden/${id}.findings.json`).toBeDefined();
          const hit = findings.find((f) => matches(f, item!) && atLeast(f, item!.severity));
          expect(hit, `${itemId}: ${item!.what}\nperformance findings:\n${findings.map((f) => `[${f.severity}] ${f.rule} ${f.message}`).join('\n')}`).toBeDefined();
        });
      }

      it('reports no must-not-flag item as a performance error', () => {
        const wrong = goldenFindings(id).must_not_flag_as_error.flatMap((item) => findings.filter((f) => f.severity === 'error' && matches(f, item)).map((f) => `${item.what} ← ${f.rule} ${f.message}`));
        expect(wrong).toEqual([]);
      });
    });
  }
});

describe.skipIf(hasShared)('绩效 rules on the seeds', () => {
  it.skip(SKIP_REASON, () => {});
});
