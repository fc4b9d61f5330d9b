import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_03 } from './X-03.js';

const run = (input = consistentPackage()) => auditWith([X_03], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-03 支出决算表合计等于总表本年支出合计', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags totals that differ', () => {
    expect(failures(changed(consistentPackage(), ['T03', '合计', '本年支出合计'], '100.00'), 'X-03')).toHaveLength(1);
  });
});
