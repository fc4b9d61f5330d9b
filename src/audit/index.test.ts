import { describe, expect, it } from 'vitest';
import { changed, consistentPackage } from '../../test/support/audit-fixture.js';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { audit } from './index.js';
import { jiangsuBudget, shanghaiBudget } from '../../test/support/budget-fixture.js';
import { appliesTo } from './engine.js';
import { TABLE_RULES } from './rules/index.js';

describe('audit', () => {
  it('finds nothing wrong in a consistent package and counts every rule', () => {
    const { findings, summary } = audit(buildDisclosure(consistentPackage()));
    expect(findings).toEqual([]);
    expect(summary.errors + summary.warnings + summary.infos).toBe(0);
    expect(summary.rules.failed).toBe(0);
    expect(summary.rules.passed + summary.rules.notEvaluable).toBe(TABLE_RULES.filter((r) => appliesTo(r, 'final-accounts')).length);
    // Empty 公开07/08: their identities have nothing to check.
    expect(summary.notEvaluable.map((n) => n.rule)).toContain('T07-01');
  });

  it('runs a budget’s own rules on a budget, never the final accounts’ rules, and the other way round', () => {
    const budgetOnly = TABLE_RULES.filter((r) => r.kinds?.length === 1 && r.kinds[0] === 'budget').map((r) => r.id);
    const finalOnly = TABLE_RULES.filter((r) => r.kinds?.length === 1 && r.kinds[0] === 'final-accounts').map((r) => r.id);
    for (const input of [jiangsuBudget(), shanghaiBudget()]) {
      const { findings, summary } = audit(buildDisclosure(input));
      // only the other region's extra tables are noted
      expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(findings.map(() => 'info M-01'));
      expect(summary.rules.passed + summary.rules.notEvaluable).toBe(TABLE_RULES.filter((r) => appliesTo(r, 'budget')).length);
      expect(summary.notEvaluable.map((n) => n.rule).filter((id) => finalOnly.includes(id))).toEqual([]);
      expect(summary.rules.passed).toBeGreaterThan(15);
    }
    const finalAccounts = audit(buildDisclosure(consistentPackage()));
    expect(finalAccounts.summary.notEvaluable.map((n) => n.rule).filter((id) => budgetOnly.includes(id))).toEqual([]);
  });

  it('reports every identity a changed number breaks, errors first, with the sources it used', () => {
    const input = changed(consistentPackage(), ['T03', '2101501', '基本支出'], '61.00');
    const { findings, summary } = audit(buildDisclosure(input));
    // The 项 row no longer adds up, nor does its 款 (21015, sorted first).
    expect(findings.map((f) => `${f.severity} ${f.rule} ${'row' in f.location ? f.location.row : ''}`)).toEqual(['error T03-02 21015', 'error T03-01 2101501']);
    expect(summary).toMatchObject({ errors: 2, warnings: 0, infos: 0 });
    expect(findings.every((f) => f.sources.length > 0)).toBe(true);
  });
});
