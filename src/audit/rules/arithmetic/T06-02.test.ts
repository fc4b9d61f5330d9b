import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T06_02 } from './T06-02.js';

const run = (input = consistentPackage()) => auditWith([T06_02], input);

describe('T06-02 人员经费合计等于工资福利支出与对个人和家庭的补助之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags a total that is not the sum of its classes', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '人员经费合计', '决算数'], '71.00')), 'T06-02').failures).toHaveLength(1);
  });
});
