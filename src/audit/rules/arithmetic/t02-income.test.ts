import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T02_RULES } from './t02-income.js';

const run = (input = consistentPackage()) => auditWith(T02_RULES, input);

describe('公开02 rules', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 3, failed: 0, notEvaluable: 0 });
  });

  it('T02-01 flags a row whose total is not the sum of the income types', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T02', '2101501', '其他收入'], '1.00')), 'T02-01');
    expect(failures).toMatchObject([{ location: { table: 'T02', row: '2101501', column: '本年收入合计' }, expected: '61.00', actual: '60.00' }]);
  });

  it('T02-02 flags a 款 that is not the sum of its 项', () => {
    const { failures } = ruleResult(run(changed(consistentPackage(), ['T02', '2101502', '财政拨款收入'], '31.00')), 'T02-02');
    expect(failures.map((f) => f.message)).toContain('收入决算表「财政拨款收入」栏 21015 医疗保障管理事务：2101501 60.00 + 2101502 31.00 = 91.00，表中 90.00，相差 -1.00，超出尾差容许范围（0.01）');
  });

  it('T02-03 flags a 项 listed without its 款', () => {
    const input = consistentPackage();
    const { failures } = ruleResult(run({ ...input, facts: input.facts.filter((f) => !(f.table === 'T02' && f.row === '22102')) }), 'T02-03');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'T02', row: '2210201' } }]);
    expect(failures[0]?.message).toContain('没有列出其上级科目 22102');
  });
});
