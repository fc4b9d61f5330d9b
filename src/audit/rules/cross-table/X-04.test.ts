import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_04 } from './X-04.js';

const run = (input = consistentPackage()) => auditWith([X_04], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-04 总表各类支出等于支出决算表对应类的本年支出合计', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-04 compares each class, a class missing on one side with 0', () => {
    expect(failures(changed(consistentPackage(), ['T01', '210', '金额'], '90.01'), 'X-04')).toMatchObject([{ severity: 'warning', location: { row: '210' } }]);
    const found = failures(changed(consistentPackage(), ['T01', '201', '金额'], '1.00'), 'X-04');
    expect(found).toMatchObject([{ severity: 'error', location: { table: 'T01', row: '201' }, expected: '0.00', actual: '1.00' }]);
    expect(found[0]?.message).toBe('201 一般公共服务支出：支出决算表本年支出合计 空，收入支出决算总表金额 1.00，相差 1.00');
  });
});
