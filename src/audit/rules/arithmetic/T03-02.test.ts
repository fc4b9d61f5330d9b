import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T03_02 } from './T03-02.js';

const run = (input = consistentPackage()) => auditWith([T03_02], input);

describe('T03-02 支出决算表各栏合计、类、款分别等于其下级科目之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T03-02 flags 合计 ≠ Σ 类 in a column', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T03', '合计', '基本支出'], '76.00')), 'T03-02');
    expect(failures).toMatchObject([{ location: { row: '合计', column: '基本支出' }, expected: '75.00' }]);
  });
});
