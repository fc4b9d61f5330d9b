import { describe, expect, it } from 'vitest';
import { injectErrors, perturb } from './support/error-injection.js';
import { MINI_DISCLOSURE_PATH } from './support/mini-disclosure.js';
import { corpusDocument, hasShared } from './support/shared-corpus.js';

describe('perturb', () => {
  it('changes the third-last digit by one', () => {
    expect(perturb('24.78')).toBe('25.78');
    expect(perturb('0.54')).toBe('1.54');
    expect(perturb('930000.00')).toBe('930001.00');
    expect(perturb('2')).toBe('3');
    expect(perturb('43.30121')).toBe('43.30221');
  });
});

// Every printed number of every table takes part in some identity, so changing any one must be flagged there.
describe('error injection', () => {
  it('flags every changed number of the test fixture at its table and row', () => {
    const result = injectErrors(MINI_DISCLOSURE_PATH);
    expect(result.missed.map((f) => `${f.table}|${f.row}|${f.column}`)).toEqual([]);
  });

  describe.skipIf(!hasShared)('seeds', () => {
    for (const id of ['000', '002', '003']) {
      // Hundreds of full read → extract → audit runs: slow by nature, so a generous limit.
      it(`flags every changed number of seed ${id}`, { timeout: 300_000 }, () => {
        const result = injectErrors(corpusDocument(id));
        console.log(`error injection ${id}: ${result.detected}/${result.total} detected`);
        expect(result.missed.map((f) => `${f.table}|${f.row}|${f.column}=${f.value}`)).toEqual([]);
      });
    }
  });
});
