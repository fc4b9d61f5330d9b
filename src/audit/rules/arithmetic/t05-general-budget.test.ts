import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T05_RULES } from './t05-general-budget.js';

const run = (input = consistentPackage()) => auditWith(T05_RULES, input);

describe('公开05 rules', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T05-01 flags 小计 ≠ 基本 + 项目', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T05', '2210201', '小计'], '6.00')), 'T05-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { row: '2210201', column: '小计' }, expected: '5.00', actual: '6.00' }]);
  });

  it('T05-02 flags a 类 that is not the sum of its 款', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T05', '221', '基本支出'], '4.00')), 'T05-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'T05', row: '221', column: '基本支出' });
  });
});
