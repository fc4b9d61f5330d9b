import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_01 } from './T04-01.js';

const run = (input = consistentPackage()) => auditWith([T04_01], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-01 财政拨款本年收入合计等于三类财政拨款收入之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags an income total that does not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '政府性基金预算财政拨款', '金额'], '1.00'), 'T04-01')).toHaveLength(1);
  });
});
