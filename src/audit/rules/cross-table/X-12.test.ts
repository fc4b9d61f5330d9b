import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_12 } from './X-12.js';

const run = (input = consistentPackage()) => auditWith([X_12], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-12 一般公共预算财政拨款支出不超过全部资金支出（逐科目逐栏）', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-12 flags 一般公共预算 spending above all-funds spending for a code', () => {
    const found = failures(changed(consistentPackage(), ['T05', '2101502', '项目支出'], '31.00'), 'X-12');
    expect(found).toMatchObject([{ severity: 'error', location: { table: 'T03', row: '2101502', column: '项目支出' }, expected: '30.00', actual: '31.00' }]);
  });
});
