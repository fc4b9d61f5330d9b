import { describe, expect, it } from 'vitest';
import { budgetPackage } from '../../test/support/budget-package.js';
import { analyseDisclosure } from './analyse.js';
import { combinePackages } from './packages.js';

const { tables, explanation } = budgetPackage();

describe('combinePackages', () => {
  it('audits the explanation against the tables of the other file, the finding pointing into both files', () => {
    // alone, the explanation has no table to be checked against
    expect(explanation.summary.notEvaluable.map((n) => n.rule)).toContain('N-39');
    const [one, ...others] = combinePackages([explanation.disclosure, tables.disclosure]);
    expect(others).toEqual([]);
    expect(one!.from).toEqual([0, 1]);
    const findings = analyseDisclosure(one!.disclosure).findings.filter((f) => f.rule === 'N-39');
    expect(findings).toMatchObject([{ actual: '61.00万元', expected: '60.00万元' }]);
    expect(new Set(findings[0]!.sources.map((s) => s.file))).toEqual(new Set(['explanation.txt', 'tables.txt']));
  });

  it('keeps a second copy of the tables a disclosure of its own', () => {
    const copy = { ...tables.disclosure, document: { ...tables.disclosure.document, file: 'copy.txt' } };
    expect(combinePackages([tables.disclosure, copy]).map((p) => p.from)).toEqual([[0], [1]]);
  });
});
