// The drafted 情况说明 read back with the project's own reader and audited against the tables it was written
// from: a package made of the original tables plus the draft must have no error, and the narrative rules must
// actually have checked the draft's figures (not skipped them as not evaluable).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/read/index.js';
import { EXPLANATION_TOPICS } from '../src/model/claim.js';
import { TERMS as T } from '../src/model/glossary.js';
import { restatingClaims } from './support/narrative-injection.js';
import { auditDraftedLayout, figureRuns, type DraftedPackage } from './support/draft-package.js';
import { scaledDisclosure } from './support/draft-prior.js';
import { corpusDocument, hasShared, SKIP_REASON } from './support/shared-corpus.js';
import type { DraftOptions } from '../src/draft/index.js';

const squash = (text: string): string => text.replace(/,/g, '');

/** Rules that must have run on any drafted package with the standard tables. */
const ALWAYS = ['N-01', 'N-04', 'N-05', 'N-07', 'N-08', 'N-12', 'N-28', 'N-31', 'N-23', 'N-24'];

function expectSound(result: DraftedPackage, expectations: { restating: number; rules?: string[] }): void {
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
  // Nothing the draft says departs from the tables or from itself, not even as a warning.
  const narrative = result.findings.filter((f) => (f.family === 'narrative' || f.family === 'internal') && f.severity !== 'info');
  expect(narrative.map((f) => `${f.rule} ${f.message}`)).toEqual([]);

  // Every figure of the 情况说明 was read back as a claim about a known subject.
  const explanation = result.drafted.parts.findIndex((p) => p.id === 'explanation');
  const claims = result.disclosure.claims.filter((c) => EXPLANATION_TOPICS.has(c.topic));
  const unread = figureRuns(result.drafted)
    .filter((f) => f.part === explanation)
    .filter((f) => !claims.some((c) => c.subject !== '?' && squash(c.written) === squash(f.text)));
  expect(unread.map((f) => `${f.heading}: ${f.text}`)).toEqual([]);
  expect(result.disclosure.claims.filter((c) => c.subject === '?')).toEqual([]);

  // The figures were compared with the tables, by the rules that must run.
  expect(restatingClaims(result.disclosure).length).toBeGreaterThanOrEqual(expectations.restating);
  const skipped = new Set(result.summary.notEvaluable.map((n) => n.rule));
  for (const rule of [...ALWAYS, ...(expectations.rules ?? [])]) expect(skipped.has(rule), `${rule} not evaluated`).toBe(false);
}

/** Options a department would supply: last year's package, 年初预算 of every item, counts, reasons. */
function supplied(result: DraftedPackage): DraftOptions {
  const original = result.original;
  const budgets: Record<string, string> = { [T.total]: '0' };
  let total = 0n;
  for (const f of original.facts.filter((f) => f.table === 'T05' && f.column === T.subtotal && /^\d{7}$/.test(f.row))) {
    // 年初预算 a little above each outturn (two decimals, exact): completion rates below 100%.
    const cents = BigInt(f.value.replace('.', '')) + 1234n;
    budgets[f.row] = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    total += cents;
  }
  budgets[T.total] = `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
  return {
    prior: scaledDisclosure(original, '0.9'),
    initialBudgets: budgets,
    threePublicCounts: { 出国团组: '1', 出国人次: '2', 购置车辆: '1', 保有量: '1', 接待批次: '3', 接待人次: '12' },
    smallEnterpriseContracts: { total: '0', micro: '0' },
    reasons: { 'income-expenditure-total': '本年度项目资金有所增加' },
  };
}

describe('drafted narrative on the demo fixture', () => {
  it('reads back with no error and every figure checked', async () => {
    const layout = await readDocument('demo/mini-2024.txt');
    const result = auditDraftedLayout(layout);
    expectSound(result, { restating: 40, rules: ['N-13', 'N-14', 'N-16', 'N-17', 'N-18', 'N-30'] });
    const again = auditDraftedLayout(layout, supplied(result));
    expectSound(again, { restating: 40, rules: ['N-02', 'N-30', 'X-19'] });
    expect(again.disclosure.claims.filter((c) => c.measure === 'change-percent').length).toBeGreaterThanOrEqual(5);
  });
});

const CORPUS: { id: string; restating: number; rules: string[] }[] = [
  { id: '000', restating: 60, rules: ['N-13', 'N-14', 'N-16', 'N-17', 'N-18', 'N-30'] },
  { id: '002', restating: 40, rules: ['N-13'] },
  { id: '003', restating: 60, rules: ['N-13', 'N-14', 'N-16', 'N-17', 'N-18', 'N-30'] },
  { id: 'putuo-ghzyj-2024-final', restating: 60, rules: ['N-13', 'N-14', 'N-30'] },
];

describe.skipIf(!hasShared)(`drafted narrative on the corpus${hasShared ? '' : `（${SKIP_REASON}）`}`, () => {
  for (const { id, restating, rules } of CORPUS) {
    it(`${id}: tables + draft audit with no error; every figure read and checked`, async () => {
      const layout = await readDocument(corpusDocument(id));
      const result = auditDraftedLayout(layout);
      expectSound(result, { restating, rules });
      // With last year, budgets and counts supplied, the changes and completion rates are checked too.
      const full = auditDraftedLayout(layout, supplied(result));
      expectSound(full, { restating, rules: [...rules, 'N-02', 'N-30'] });
    }, 120000);
  }
});
