import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T07_RULES } from './t07-government-fund.js';

const fund = (row: Record<string, string>) =>
  auditWith(T07_RULES, consistentPackage({ unit: '元', facts: cells('T07', { 合计: row, '229': row, '22960': row, '2296013': row }) }));

const CONSISTENT = { 本年收入: '930000.00', 本年支出小计: '930000.00', 本年支出项目支出: '930000.00' };

describe('公开07 rules', () => {
  it('pass on seed 003’s fund table and cannot run on an empty one', () => {
    expect(fund(CONSISTENT).findings).toEqual([]);
    expect(ruleResult(auditWith(T07_RULES, consistentPackage()), 'T07-01').notEvaluable).toBe('相关表中没有可核对的数据');
  });

  it('T07-01 flags 小计 ≠ 基本 + 项目', () => {
    expect(ruleResult(fund({ ...CONSISTENT, 本年支出基本支出: '1.00' }), 'T07-01').failures).toHaveLength(4);
  });

  it('T07-02 warns when the balance does not roll forward', () => {
    const { failures } = ruleResult(fund({ ...CONSISTENT, 年末结转和结余: '10.00' }), 'T07-02');
    expect(failures[0]).toMatchObject({ severity: 'warning', expected: '0.00', actual: '10.00' });
  });

  it('T07-03 flags a broken hierarchy', () => {
    const result = auditWith(
      T07_RULES,
      consistentPackage({ unit: '元', facts: cells('T07', { 合计: CONSISTENT, '229': CONSISTENT, '22960': { ...CONSISTENT, 本年收入: '93000.00' } }) }),
    );
    expect(ruleResult(result, 'T07-03').failures.map((f) => f.location)).toContainEqual({ table: 'T07', row: '229', column: '本年收入' });
  });
});
