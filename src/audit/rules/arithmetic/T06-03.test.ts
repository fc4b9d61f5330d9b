import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T06_03 } from './T06-03.js';

const run = (input = consistentPackage()) => auditWith([T06_03], input);

describe('T06-03 公用经费合计等于各公用经费类级科目之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags a total that is not the sum of its classes', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '310', '决算数'], '1.00')), 'T06-03').failures).toHaveLength(1);
  });
});
