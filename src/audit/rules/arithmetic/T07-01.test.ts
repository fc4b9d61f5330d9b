import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T07_01 } from './T07-01.js';

const fund = (row: Record<string, string>) =>
  auditWith([T07_01], consistentPackage({ unit: '元', facts: cells('T07', { 合计: row, '229': row, '22960': row, '2296013': row }) }));

const CONSISTENT = { 本年收入: '930000.00', 本年支出小计: '930000.00', 本年支出项目支出: '930000.00' };

describe('T07-01 政府性基金表各行本年支出小计等于基本支出与项目支出之和', () => {
  it('pass on seed 003’s fund table and cannot run on an empty one', () => {
    expect(fund(CONSISTENT).findings).toEqual([]);
    expect(ruleResult(auditWith([T07_01], consistentPackage()), 'T07-01').notEvaluable).toBe('相关表中没有可核对的数据');
  });

  it('T07-01 flags 小计 ≠ 基本 + 项目', () => {
    expect(ruleResult(fund({ ...CONSISTENT, 本年支出基本支出: '1.00' }), 'T07-01').failures).toHaveLength(4);
  });
});
