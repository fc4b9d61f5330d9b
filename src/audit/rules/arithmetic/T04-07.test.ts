import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_07 } from './T04-07.js';

const run = (input = consistentPackage()) => auditWith([T04_07], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-07 财政拨款收入总计等于支出总计', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags an expenditure total that does not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '收入总计', '金额'], '106.00'), 'T04-07')).toHaveLength(1);
  });
});
