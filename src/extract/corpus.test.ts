import { describe, expect, it } from 'vitest';
import { factKey } from '../model/fact.js';
import { readDocument } from '../read/index.js';
import { corpusDocument, goldenFacts, hasShared, sameDecimal, SKIP_REASON } from '../../test/support/shared-corpus.js';
import { extractDisclosure } from './index.js';

describe.skipIf(!hasShared)('golden facts of the text seeds', () => {
  if (!hasShared) console.warn(SKIP_REASON);
  for (const id of ['000', '002', '003']) {
    it(`extracts every golden fact of ${id} exactly, and nothing else`, async () => {
      const golden = goldenFacts(id);
      const d = extractDisclosure(await readDocument(corpusDocument(id)));
      expect(d.document).toMatchObject(golden.document);
      const mine = new Map(d.facts.map((f) => [factKey(f), f]));
      const wrong = golden.facts.filter((g) => !sameDecimal(mine.get(factKey(g as never))?.value ?? '', g.value)).map((g) => factKey(g as never));
      expect(wrong).toEqual([]);
      expect(d.facts).toHaveLength(golden.facts.length);
    });
  }

  it('reads the documents without tables (001, 004) as narrative only', async () => {
    for (const id of ['001', '004']) {
      const d = extractDisclosure(await readDocument(corpusDocument(id)));
      expect(d.facts).toEqual([]);
      expect(d.sections.length).toBeGreaterThan(5);
    }
  });
});
