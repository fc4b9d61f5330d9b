import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_03 } from './T04-03.js';

const run = (input = consistentPackage()) => auditWith([T04_03], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-03 财政拨款收入总计等于本年收入合计与年初财政拨款结转和结余之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags an income total that does not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '年初财政拨款结转和结余', '金额'], '1.00'), 'T04-03')).toHaveLength(1);
  });
});
