import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T09_RULES } from './t09-three-public.js';

const run = (input = consistentPackage()) => auditWith(T09_RULES, input);

describe('公开09 rules', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T09-01 flags a 合计 or 公务用车 小计 that does not add up', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T09', '决算数', '公务用车购置费'], '1.00')), 'T09-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { row: '决算数', column: '公务用车购置及运行维护费' }, expected: '3.00', actual: '2.00' }]);
  });

  it('T09-02 warns when 决算数 exceeds 预算数', () => {
    const input = changed(changed(consistentPackage(), ['T09', '决算数', '公务接待费'], '1.50'), ['T09', '决算数', '合计'], '3.50');
    const { failures } = ruleResult(run(input), 'T09-02');
    expect(failures.map((f) => [f.severity, f.location])).toEqual([
      ['warning', { table: 'T09', row: '预算数', column: '合计' }],
      ['warning', { table: 'T09', row: '预算数', column: '公务接待费' }],
    ]);
    expect(failures[1]?.message).toBe('财政拨款“三公”经费支出决算表 公务接待费：决算数 1.50，超过预算数 1.00，相差 0.50');
  });
});
