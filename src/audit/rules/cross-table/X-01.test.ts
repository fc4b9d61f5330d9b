import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_01 } from './X-01.js';

const run = (input = consistentPackage()) => auditWith([X_01], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-01 收入决算表合计等于总表本年收入合计', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('X-01 flags 公开02 合计 ≠ 公开01 本年收入合计 (tolerance 0: the same amount printed twice)', () => {
    expect(failures(changed(consistentPackage(), ['T02', '合计', '本年收入合计'], '105.02'), 'X-01')).toMatchObject([
      { severity: 'error', tolerance: '0.00', difference: '-0.02' },
    ]);
  });

  it('X-01 makes a one-unit gap in a 万元 package a warning', () => {
    expect(failures(changed(consistentPackage(), ['T02', '合计', '本年收入合计'], '105.01'), 'X-01')).toMatchObject([{ severity: 'warning' }]);
  });

  it('cannot run without both tables', () => {
    const input = consistentPackage({ tables: ['T01', 'T03', 'T04'] });
    expect(ruleResult(run({ ...input, facts: input.facts.filter((f) => f.table !== 'T02') }), 'X-01').notEvaluable).toBe('文件中没有《收入决算表》');
  });
});
