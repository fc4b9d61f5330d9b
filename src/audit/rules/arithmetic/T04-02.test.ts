import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_02 } from './T04-02.js';

const run = (input = consistentPackage()) => auditWith([T04_02], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-02 年初财政拨款结转和结余等于分预算类型列示之和', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    // T04-02 has nothing to check: no 年初结转 split is printed.
    expect(result.summary.rules).toEqual({ passed: 0, failed: 0, notEvaluable: 1 });
  });

  it('T04-02 checks the by-type split of 年初财政拨款结转和结余 when it is printed', () => {
    const opening = changed(consistentPackage(), ['T04', '年初财政拨款结转和结余', '金额'], '3.00');
    expect(failures(changed(opening, ['T04', '年初财政拨款结转和结余.一般公共预算财政拨款', '金额'], '3.00'), 'T04-02')).toEqual([]);
    expect(failures(changed(opening, ['T04', '年初财政拨款结转和结余.一般公共预算财政拨款', '金额'], '2.00'), 'T04-02')).toHaveLength(1);
  });
});
