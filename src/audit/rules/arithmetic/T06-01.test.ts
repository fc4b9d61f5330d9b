import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T06_01 } from './T06-01.js';

const run = (input = consistentPackage()) => auditWith([T06_01], input);

describe('T06-01 基本支出明细表各经济分类类级科目等于其款级科目之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T06-01 flags an economic 类 that is not the sum of its 款, with 尾差 as info', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '30201', '决算数'], '3.50')), 'T06-01').failures).toMatchObject([
      { location: { row: '302', column: '决算数' }, expected: '5.50', actual: '5.00' },
    ]);
    const tail = ruleResult(run(changed(consistentPackage(), ['T06', '30201', '决算数'], '3.01')), 'T06-01');
    expect(tail.failures).toEqual([]);
    expect(tail.findings[0]).toMatchObject({ severity: 'info', expected: '5.01' });
  });
});
