import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T08_01 } from './T08-01.js';

const capital = (rows: Record<string, Record<string, string>>) => auditWith([T08_01], consistentPackage({ facts: cells('T08', rows) }));
const ROW = { 合计: '2.00', 项目支出: '2.00' };

describe('T08-01 国有资本经营预算表各行合计等于基本支出与项目支出之和，各栏上级科目等于下级科目之和', () => {
  it('T08-01 passes when rows and hierarchy add up', () => {
    expect(capital({ 合计: ROW, '223': ROW, '22301': ROW }).findings).toEqual([]);
  });

  it('T08-01 flags a row or a hierarchy that does not add up', () => {
    expect(ruleResult(capital({ 合计: { ...ROW, 基本支出: '1.00' }, '223': ROW }), 'T08-01').failures.length).toBeGreaterThan(0);
    expect(ruleResult(capital({ 合计: ROW, '223': { 合计: '3.00', 项目支出: '3.00' } }), 'T08-01').failures).toHaveLength(2);
  });
});
