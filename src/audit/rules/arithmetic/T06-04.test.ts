import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T06_04 } from './T06-04.js';

const run = (input = consistentPackage()) => auditWith([T06_04], input);

describe('T06-04 基本支出明细表中309、311类科目不填列金额', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T06-04 flags an amount on a 309/311 line', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T06', '30902', '决算数'], '0.00')), 'T06-04').failures).toEqual([]);
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T06', '30902', '决算数'], '1.20')), 'T06-04');
    expect(failures[0]?.message).toBe('一般公共预算财政拨款基本支出决算明细表 30902 办公设备购置 填有 1.20，该科目不适用于基本支出，应为“——”');
  });
});
