import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../../test/support/disclosure.js';
import { T08_02 } from './T08-02.js';

const run = (input: DisclosureInput = consistentPackage()) => auditWith([T08_02], input);

describe('T08-02 国有资本经营预算财政拨款支出决算表无数据时注明', () => {
  it('pass on a complete package whose empty tables carry notes', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('warns on an empty table without a note', () => {
    const noNotes = consistentPackage({ notes: { T07: '', T08: '注：本表反映国有资本经营预算支出情况', T09: '' } });
    const result = run({ ...noNotes, facts: noNotes.facts.filter((f) => f.table !== 'T09') });
    expect(ruleResult(result, 'T08-02').failures[0]?.message).toContain('说明为“注：本表反映国有资本经营预算支出情况”');
  });

  it('accepts the note forms seen in the seeds', () => {
    const notes = { T07: '说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', T08: '本年度无此项支出。' };
    expect(run(consistentPackage({ notes })).findings).toEqual([]);
  });
});
