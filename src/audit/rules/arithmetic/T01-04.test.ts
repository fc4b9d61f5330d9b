import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_04 } from './T01-04.js';

const run = (input = consistentPackage()) => auditWith([T01_04], input);

describe('T01-04 支出总计等于本年支出合计、结余分配与年末结转和结余之和', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags a 支出总计 that is not 本年支出合计 + 结余分配 + 年末结转', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T01', '年末结转和结余', '金额'], '2.00')), 'T01-04').failures).toHaveLength(1);
  });
});
