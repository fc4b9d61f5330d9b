import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T05_01 } from './T05-01.js';

const run = (input = consistentPackage()) => auditWith([T05_01], input);

describe('T05-01 一般公共预算财政拨款支出决算表各行小计等于基本支出与项目支出之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T05-01 flags 小计 ≠ 基本 + 项目', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T05', '2210201', '小计'], '6.00')), 'T05-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { row: '2210201', column: '小计' }, expected: '5.00', actual: '6.00' }]);
  });
});
