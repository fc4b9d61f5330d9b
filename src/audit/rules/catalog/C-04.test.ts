import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { C_04 } from './C-04.js';

const run = (input = consistentPackage()) => ruleResult(auditWith([C_04], input), 'C-04');

describe('C-04 基本支出经济科目与对应功能科目的基本支出相符', () => {
  it('passes when 30108 = 2080505 and 30113 = 2210201', () => {
    expect(run().findings).toEqual([]);
  });

  it('warns on an economic line with no basic spending under its function code (golden F002-10)', () => {
    const { failures } = run(changed(consistentPackage(), ['T06', '30110', '决算数'], '4.63'));
    expect(failures).toMatchObject([{ severity: 'warning', location: { table: 'T06', row: '30110' } }]);
    expect(failures[0]?.message).toBe('一般公共预算财政拨款基本支出决算明细表 30110 职工基本医疗保险缴费 4.63，但一般公共预算财政拨款支出决算表中 21011 行政事业单位医疗 没有基本支出');
  });

  it('notes unequal amounts only as info', () => {
    const { findings, failures } = run(changed(consistentPackage(), ['T06', '30113', '决算数'], '6.00'));
    expect(failures).toEqual([]);
    expect(findings).toMatchObject([{ severity: 'info', expected: '5.00', actual: '6.00', difference: '1.00' }]);
  });
});
