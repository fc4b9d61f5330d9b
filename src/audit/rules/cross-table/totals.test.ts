import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { TOTAL_RULES } from './totals.js';

const run = (input = consistentPackage()) => auditWith(TOTAL_RULES, input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('cross-table totals', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 6, failed: 0, notEvaluable: 0 });
  });

  it('X-01 flags 公开02 合计 ≠ 公开01 本年收入合计 (tolerance 0: the same amount printed twice)', () => {
    expect(failures(changed(consistentPackage(), ['T02', '合计', '本年收入合计'], '105.02'), 'X-01')).toMatchObject([
      { severity: 'error', tolerance: '0.00', difference: '-0.02' },
    ]);
  });

  it('X-01 makes a one-unit gap in a 万元 package a warning', () => {
    expect(failures(changed(consistentPackage(), ['T02', '合计', '本年收入合计'], '105.01'), 'X-01')).toMatchObject([{ severity: 'warning' }]);
  });

  it('X-02 flags income types that differ between 公开01 and 公开02', () => {
    expect(failures(changed(consistentPackage(), ['T01', '事业收入', '金额'], '3.00'), 'X-02')).toMatchObject([
      { location: { table: 'T02', row: '合计', column: '事业收入' }, expected: '3.00', actual: '0.00' },
    ]);
  });

  it('X-03, X-06 and X-07 flag totals that differ', () => {
    expect(failures(changed(consistentPackage(), ['T03', '合计', '本年支出合计'], '100.00'), 'X-03')).toHaveLength(1);
    expect(failures(changed(consistentPackage(), ['T04', '一般公共预算财政拨款', '金额'], '100.00'), 'X-06')).toHaveLength(1);
    expect(failures(changed(consistentPackage(), ['T04', '本年收入合计', '金额'], '100.00'), 'X-07')).toHaveLength(1);
  });

  it('X-11 flags 财政拨款 spending larger than all spending', () => {
    const found = failures(changed(consistentPackage(), ['T04', '本年支出合计', '合计'], '106.00'), 'X-11');
    expect(found).toMatchObject([{ severity: 'error', expected: '105.00', actual: '106.00' }]);
    expect(found[0]?.message).toContain('超过');
  });

  it('cannot run without both tables', () => {
    const input = consistentPackage({ tables: ['T01', 'T03', 'T04'] });
    expect(ruleResult(run({ ...input, facts: input.facts.filter((f) => f.table !== 'T02') }), 'X-01').notEvaluable).toBe('文件中没有《收入决算表》');
  });
});
