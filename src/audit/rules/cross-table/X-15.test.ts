import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_15 } from './X-15.js';

const run = (input = consistentPackage()) => auditWith([X_15], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-15 机关运行经费不超过基本支出中的公用经费', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-15 warns when 机关运行经费 exceeds 公用经费', () => {
    expect(failures(changed(consistentPackage(), ['T10', '行政单位', '统计数'], '6.00'), 'X-15')).toMatchObject([{ severity: 'warning', actual: '6.00' }]);
  });
});
