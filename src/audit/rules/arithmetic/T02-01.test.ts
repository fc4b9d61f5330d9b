import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T02_01 } from './T02-01.js';

const run = (input = consistentPackage()) => auditWith([T02_01], input);

describe('T02-01 收入决算表各行本年收入合计等于各项收入之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T02-01 flags a row whose total is not the sum of the income types', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T02', '2101501', '其他收入'], '1.00')), 'T02-01');
    expect(failures).toMatchObject([{ location: { table: 'T02', row: '2101501', column: '本年收入合计' }, expected: '61.00', actual: '60.00' }]);
  });
});
