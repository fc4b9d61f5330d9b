import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_05 } from './X-05.js';

const run = (input = consistentPackage()) => auditWith([X_05], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-05 收入决算表与支出决算表各科目金额一致', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-05 warns when income and spending by code differ', () => {
    expect(failures(changed(consistentPackage(), ['T02', '2101501', '本年收入合计'], '61.00'), 'X-05')).toMatchObject([{ severity: 'warning' }]);
  });
});
