import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_08 } from './X-08.js';

const run = (input = consistentPackage()) => auditWith([X_08], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-08 财政拨款总表一般公共预算财政拨款支出等于一般公共预算财政拨款支出决算表', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-08 flags 公开04 一般公共预算 ≠ 公开05 per class and in total', () => {
    expect(failures(changed(consistentPackage(), ['T05', '221', '小计'], '6.00'), 'X-08')).toMatchObject([{ location: { table: 'T04', row: '221' } }]);
    expect(failures(changed(consistentPackage(), ['T05', '合计', '小计'], '100.00'), 'X-08')).toMatchObject([{ location: { row: '本年支出合计' } }]);
  });
});
