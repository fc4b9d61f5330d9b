import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T08_RULES } from './t08-state-capital.js';

const capital = (rows: Record<string, Record<string, string>>) => auditWith(T08_RULES, consistentPackage({ facts: cells('T08', rows) }));
const ROW = { 合计: '2.00', 项目支出: '2.00' };

describe('公开08 rules', () => {
  it('T08-01 passes when rows and hierarchy add up', () => {
    expect(capital({ 合计: ROW, '223': ROW, '22301': ROW }).findings).toEqual([]);
  });

  it('T08-01 flags a row or a hierarchy that does not add up', () => {
    expect(ruleResult(capital({ 合计: { ...ROW, 基本支出: '1.00' }, '223': ROW }), 'T08-01').failures.length).toBeGreaterThan(0);
    expect(ruleResult(capital({ 合计: ROW, '223': { 合计: '3.00', 项目支出: '3.00' } }), 'T08-01').failures).toHaveLength(2);
  });
});
