import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_11 } from './X-11.js';

const run = (input = consistentPackage()) => auditWith([X_11], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-11 财政拨款收支不超过全部资金收支', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('X-11 flags 财政拨款 spending larger than all spending', () => {
    const found = failures(changed(consistentPackage(), ['T04', '本年支出合计', '合计'], '106.00'), 'X-11');
    expect(found).toMatchObject([{ severity: 'error', expected: '105.00', actual: '106.00' }]);
    expect(found[0]?.message).toContain('超过');
  });
});
