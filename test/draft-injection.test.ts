// Error injection on the draft: every figure the 情况说明 states, changed by one slip of a digit, must make the
// audit report something new — the check in draft-corpus.test.ts is only worth something if a wrong draft fails it.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit/index.js';
import { extractDisclosure } from '../src/extract/index.js';
import type { Finding } from '../src/model/finding.js';
import type { Layout } from '../src/read/layout.js';
import { readDocument } from '../src/read/index.js';
import { auditDraftedLayout, figureRuns, slip, spliceDraft, withFigure, type FigureAt } from './support/draft-package.js';
import { corpusDocument, hasShared, SKIP_REASON } from './support/shared-corpus.js';

const key = (f: Finding) => `${f.rule}|${f.message}`;

interface Outcome {
  figure: FigureAt;
  changed: string;
  severities: string[];
}

function inject(layout: Layout): Outcome[] {
  const base = auditDraftedLayout(layout);
  const before = new Set(base.findings.map(key));
  const explanation = base.drafted.parts.findIndex((p) => p.id === 'explanation');
  return figureRuns(base.drafted)
    .filter((f) => f.part === explanation)
    .map((figure) => {
      const changed = slip(figure.text);
      const { findings } = audit(extractDisclosure(spliceDraft(layout, withFigure(base.drafted, figure, changed))));
      const fresh = findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
      return { figure, changed, severities: [...new Set(fresh.map((f) => f.severity))] };
    });
}

function expectCaught(outcomes: Outcome[]): void {
  expect(outcomes.length).toBeGreaterThan(30);
  // The 国内/外事 split of 公务接待 counts is held to the total by N-34.
  const missed = outcomes.filter((o) => o.severities.length === 0);
  expect(missed.map((o) => `${o.figure.heading}: ${o.figure.text} → ${o.changed}`)).toEqual([]);
  // Money and rates contradict a table or a computation: an error. Only the 三公 counts the tables do not print
  // (团组, 人次, 批次, 购置车辆) are judged by plausibility against the money (X-19), as warnings.
  const tableless = (o: Outcome) => o.figure.heading.includes('“三公”经费') && /[个次辆]$/.test(o.figure.text);
  const weak = outcomes.filter((o) => !o.severities.includes('error') && !tableless(o));
  expect(weak.map((o) => `${o.figure.heading}: ${o.figure.text} → ${o.changed}`)).toEqual([]);
}

describe('a changed figure in the draft is caught', () => {
  it('demo fixture: every figure of the 情况说明', async () => {
    expectCaught(inject(await readDocument('demo/mini-2024.txt')));
  }, 120000);

  it.skipIf(!hasShared)(`seed 000 and 003: every figure of the 情况说明${hasShared ? '' : `（${SKIP_REASON}）`}`, async () => {
    for (const id of ['000', '003']) expectCaught(inject(await readDocument(corpusDocument(id))));
  }, 300000);
});
