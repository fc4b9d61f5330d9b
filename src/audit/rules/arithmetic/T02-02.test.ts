import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T02_02 } from './T02-02.js';

const run = (input = consistentPackage()) => auditWith([T02_02], input);

describe('T02-02 收入决算表各栏合计、类、款分别等于其下级科目之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T02-02 flags a 款 that is not the sum of its 项', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T02', '2101502', '财政拨款收入'], '31.00')), 'T02-02');
    expect(failures.map((f) => f.message)).toContain('收入决算表「财政拨款收入」栏 21015 医疗保障管理事务：2101501 60.00 + 2101502 31.00 = 91.00，表中 90.00，相差 -1.00，超出尾差容许范围（0.01）');
  });
});
