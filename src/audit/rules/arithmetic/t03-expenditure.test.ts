import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T03_RULES } from './t03-expenditure.js';

const run = (input = consistentPackage()) => auditWith(T03_RULES, input);

describe('公开03 rules', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T03-01 flags a row whose 本年支出合计 is not 基本 + 项目 + …', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T03', '210', '项目支出'], '31.00')), 'T03-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { row: '210', column: '本年支出合计' }, expected: '91.00', actual: '90.00' }]);
  });

  it('T03-02 flags 合计 ≠ Σ 类 in a column', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T03', '合计', '基本支出'], '76.00')), 'T03-02');
    expect(failures).toMatchObject([{ location: { row: '合计', column: '基本支出' }, expected: '75.00' }]);
  });
});
