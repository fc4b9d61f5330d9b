import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_02 } from './X-02.js';

const run = (input = consistentPackage()) => auditWith([X_02], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-02 收入决算表合计行各栏等于总表对应收入', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('X-02 flags income types that differ between 公开01 and 公开02', () => {
    expect(failures(changed(consistentPackage(), ['T01', '事业收入', '金额'], '3.00'), 'X-02')).toMatchObject([
      { location: { table: 'T02', row: '合计', column: '事业收入' }, expected: '3.00', actual: '0.00' },
    ]);
  });
});
