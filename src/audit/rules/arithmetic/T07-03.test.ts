import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T07_03 } from './T07-03.js';

const CONSISTENT = { 本年收入: '930000.00', 本年支出小计: '930000.00', 本年支出项目支出: '930000.00' };

describe('T07-03 政府性基金表各栏合计、类、款分别等于其下级科目之和', () => {
  it('passes a hierarchy that adds up', () => {
    const rows = { 合计: CONSISTENT, '229': CONSISTENT, '22960': CONSISTENT, '2296013': CONSISTENT };
    expect(auditWith([T07_03], consistentPackage({ unit: '元', facts: cells('T07', rows) })).summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags a broken hierarchy', () => {
    const result = auditWith(
      [T07_03],
      consistentPackage({ unit: '元', facts: cells('T07', { 合计: CONSISTENT, '229': CONSISTENT, '22960': { ...CONSISTENT, 本年收入: '93000.00' } }) }),
    );
    expect(ruleResult(result, 'T07-03').failures.map((f) => f.location)).toContainEqual({ table: 'T07', row: '229', column: '本年收入' });
  });
});
