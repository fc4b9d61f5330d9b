// The audit respects what was read (DESIGN.md §3.1): a number that was printed but not read is never compared as 0.
import { describe, expect, it } from 'vitest';
import { consistentPackage } from '../../test/support/audit-fixture.js';
import { buildDisclosure, type DisclosureInput } from '../../test/support/disclosure.js';
import { audit } from './index.js';

const withoutTable = (input: DisclosureInput, table: string): DisclosureInput => ({ ...input, facts: input.facts.filter((f) => f.table !== table) });

describe('audit over an incomplete reading', () => {
  it('finds nothing wrong in the consistent package, read completely', () => {
    const { findings, summary } = audit(buildDisclosure(consistentPackage()));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(summary.reading).toEqual({ complete: true, incompleteTables: [], unreadNumbers: 0 });
  });

  it('compares nothing against a table that was found but not read, and says so', () => {
    const input = withoutTable(consistentPackage(), 'T03');
    // the same package with T03's numbers blank (as if read as an empty table) is full of errors…
    expect(audit(buildDisclosure(input)).findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(5);
    // …but with them reported unread, none is an error
    const { findings, summary } = audit(buildDisclosure({ ...input, unread: { T03: [{ text: '105.00' }, { text: '75.00' }, { text: '30.00' }] } }));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.family === 'reading')).toMatchObject({ rule: 'R-01', severity: 'warning', location: { table: 'T03' } });
    expect(findings.find((f) => f.family === 'reading')?.message).toContain('都未能读取');
    expect(summary.reading).toMatchObject({ complete: false, incompleteTables: ['T03'], unreadNumbers: 3 });
    const t03rules = summary.notEvaluable.filter((n) => n.rule.startsWith('T03'));
    expect(t03rules.length).toBeGreaterThan(0);
    for (const n of t03rules) expect(n.reason).toContain('读取不完整');
  });

  it('leaves out only the checks that need an unread cell when the unread numbers sit on known rows', () => {
    // 2101502's 项目支出 30.00 printed but not read: the row sum and the 21015 column sum cannot be checked…
    const base = consistentPackage();
    const input: DisclosureInput = {
      ...base,
      facts: base.facts.filter((f) => !(f.table === 'T03' && f.row === '2101502' && f.column === '项目支出')),
      unread: { T03: [{ text: '30.00', row: '2101502' }] },
    };
    const { findings } = audit(buildDisclosure(input));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // …while a real error elsewhere in the same table is still found
    const broken = { ...input, facts: input.facts.map((f) => (f.table === 'T03' && f.row === '2080505' && f.column === '基本支出' ? { ...f, value: '11.00' } : f)) };
    const errors = audit(buildDisclosure(broken)).findings.filter((f) => f.severity === 'error');
    expect(errors.some((f) => 'table' in f.location && f.location.table === 'T03' && f.location.row === '2080505')).toBe(true);
  });
});
