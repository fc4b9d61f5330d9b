import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_03 } from './T01-03.js';

const run = (input = consistentPackage()) => auditWith([T01_03], input);

describe('T01-03 收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags a 收入总计 that is not 本年收入合计 + 结余 + 年初结转', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T01', '收入总计', '金额'], '100.00')), 'T01-03').failures).toHaveLength(1);
  });
});
