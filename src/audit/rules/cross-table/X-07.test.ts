import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_07 } from './X-07.js';

const run = (input = consistentPackage()) => auditWith([X_07], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-07 财政拨款本年收入合计等于收入决算表财政拨款收入合计', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags totals that differ', () => {
    expect(failures(changed(consistentPackage(), ['T04', '本年收入合计', '金额'], '100.00'), 'X-07')).toHaveLength(1);
  });
});
