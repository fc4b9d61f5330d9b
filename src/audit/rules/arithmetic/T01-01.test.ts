import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_01 } from './T01-01.js';

const run = (input = consistentPackage()) => auditWith([T01_01], input);

describe('T01-01 本年收入合计等于各项收入之和', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T01-01 flags an income total that is not the sum of the incomes', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T01', '本年收入合计', '金额'], '106.00')), 'T01-01');
    expect(failures).toMatchObject([{ severity: 'error', expected: '105.00', actual: '106.00', difference: '1.00', location: { table: 'T01', row: '本年收入合计' } }]);
  });

  it('are not evaluable without the table', () => {
    const input = consistentPackage({ tables: ['T02'] });
    expect(ruleResult(run({ ...input, facts: input.facts.filter((f) => f.table !== 'T01' && f.table !== 'T04') }), 'T01-01').notEvaluable).toBe(
      '文件中没有《收入支出决算总表》',
    );
  });
});
