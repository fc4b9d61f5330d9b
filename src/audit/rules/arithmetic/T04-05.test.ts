import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_05 } from './T04-05.js';

const run = (input = consistentPackage()) => auditWith([T04_05], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-05 财政拨款本年支出合计各栏等于各类支出之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags an expenditure total that does not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '208', '合计'], '11.00'), 'T04-05')).toHaveLength(1);
  });
});
