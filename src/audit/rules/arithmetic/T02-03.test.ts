import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T02_03 } from './T02-03.js';

const run = (input = consistentPackage()) => auditWith([T02_03], input);

describe('T02-03 收入决算表每个项、款科目都列出了其上级款、类', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T02-03 flags a 项 listed without its 款', () => {
    const input = consistentPackage();
    const { failures } = ruleResult(run({ ...input, facts: input.facts.filter((f) => !(f.table === 'T02' && f.row === '22102')) }), 'T02-03');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'T02', row: '2210201' } }]);
    expect(failures[0]?.message).toContain('没有列出其上级科目 22102');
  });
});
