import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T05_02 } from './T05-02.js';

const run = (input = consistentPackage()) => auditWith([T05_02], input);

describe('T05-02 一般公共预算财政拨款支出决算表各栏合计、类、款分别等于其下级科目之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T05-02 flags a 类 that is not the sum of its 款', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T05', '221', '基本支出'], '4.00')), 'T05-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'T05', row: '221', column: '基本支出' });
  });
});
