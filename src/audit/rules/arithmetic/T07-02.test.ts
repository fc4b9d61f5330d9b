import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T07_02 } from './T07-02.js';

const fund = (row: Record<string, string>) =>
  auditWith([T07_02], consistentPackage({ unit: '元', facts: cells('T07', { 合计: row, '229': row, '22960': row, '2296013': row }) }));

const CONSISTENT = { 本年收入: '930000.00', 本年支出小计: '930000.00', 本年支出项目支出: '930000.00' };

describe('T07-02 政府性基金表各行年末结转和结余等于年初结转和结余加本年收入减本年支出', () => {
  it('passes a balance that rolls forward', () => {
    expect(fund(CONSISTENT).summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('warns when the balance does not roll forward', () => {
    const { failures } = ruleResult(fund({ ...CONSISTENT, 年末结转和结余: '10.00' }), 'T07-02');
    expect(failures[0]).toMatchObject({ severity: 'warning', expected: '0.00', actual: '10.00' });
  });
});
