import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_05 } from './T01-05.js';

const run = (input = consistentPackage()) => auditWith([T01_05], input);

describe('T01-05 收入总计等于支出总计', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags a 收入总计 that differs from 支出总计', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T01', '收入总计', '金额'], '100.00')), 'T01-05').failures).toHaveLength(1);
  });
});
