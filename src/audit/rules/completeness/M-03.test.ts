import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../../test/support/disclosure.js';
import { M_03 } from './M-03.js';

const run = (input: DisclosureInput = consistentPackage()) => auditWith([M_03], input);

describe('M-03 有数据的表不注明“本表无数据”', () => {
  it('pass on a complete package whose empty tables carry notes', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('accepts the note forms seen in the seeds', () => {
    const notes = { T07: '说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', T08: '本年度无此项支出。' };
    expect(run(consistentPackage({ notes })).findings).toEqual([]);
  });

  it('M-03 warns when a table with numbers says 本表无数据', () => {
    const { failures } = ruleResult(run(consistentPackage({ notes: { T09: '说明：本表无数据' } })), 'M-03');
    expect(failures).toMatchObject([{ severity: 'warning', location: { table: 'T09' } }]);
  });
});
