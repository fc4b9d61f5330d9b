import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_06 } from './X-06.js';

const run = (input = consistentPackage()) => auditWith([X_06], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-06 总表与财政拨款总表的三类财政拨款收入一致', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags totals that differ', () => {
    expect(failures(changed(consistentPackage(), ['T04', '一般公共预算财政拨款', '金额'], '100.00'), 'X-06')).toHaveLength(1);
  });
});
