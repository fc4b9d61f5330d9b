import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_02 } from './T01-02.js';

const run = (input = consistentPackage()) => auditWith([T01_02], input);

describe('T01-02 本年支出合计等于各类支出之和', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T01-02 reports a one-cent gap over three classes as 尾差', () => {
    const { findings, failures } = ruleResult(run(changed(consistentPackage(), ['T01', '208', '金额'], '10.01')), 'T01-02');
    expect(failures).toEqual([]);
    expect(findings[0]?.message).toContain('105.01');
  });
});
