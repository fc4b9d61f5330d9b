import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_13 } from './X-13.js';

const run = (input = consistentPackage()) => auditWith([X_13], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-13 基本支出明细表人员经费与公用经费之和等于一般公共预算财政拨款基本支出', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-13 flags 人员经费 + 公用经费 ≠ 公开05 基本支出', () => {
    const found = failures(changed(consistentPackage(), ['T06', '公用经费合计', '决算数'], '6.00'), 'X-13');
    expect(found).toMatchObject([{ severity: 'error', location: { table: 'T05', row: '合计', column: '基本支出' }, expected: '76.00', actual: '75.00' }]);
  });

  it('X-13 ties the 金额 column of the two-column variant to 公开05 小计', () => {
    const twoColumns = changed(changed(consistentPackage(), ['T06', '人员经费合计', '金额'], '100.00'), ['T06', '公用经费合计', '金额'], '5.00');
    expect(failures(twoColumns, 'X-13')).toEqual([]);
    expect(failures(changed(twoColumns, ['T06', '公用经费合计', '金额'], '6.00'), 'X-13')).toMatchObject([{ location: { column: '小计' } }]);
  });
});
