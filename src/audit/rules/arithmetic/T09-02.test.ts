import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T09_02 } from './T09-02.js';

const run = (input = consistentPackage()) => auditWith([T09_02], input);

describe('T09-02 “三公”经费决算数不超过预算数', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
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
