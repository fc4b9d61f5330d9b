import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { N_19 } from './N-19.js';

const spending = [...cells('T03', { 合计: { 项目支出: '1650.32' } }), ...cells('T05', { 合计: { 项目支出: '1650.32' } })];
const summary = (amount: string, share: string, generalBudget = amount, unit = '万元') =>
  report({
    level: 'department',
    name: '预算绩效情况说明',
    coverage: [{ amount, unit, share, generalBudget, quote: `共涉及资金${amount}${unit}，占项目支出总额的${share}%`, source: { line: 5 } }],
  });

describe('N-19 绩效自评覆盖资金不超过项目支出，所称占比正确', () => {
  it('passes 1648.71 of 1650.32 stated as 99.9%', () => {
    expect(run(N_19, withPerformance([summary('1648.71', '99.9')], spending))).toMatchObject({ checks: 1, findings: [] });
  });

  it('flags coverage above the 项目支出 and a GPB part above 公开05', () => {
    const findings = run(N_19, withPerformance([summary('2262.43', '100')], spending)).findings;
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0]?.message).toContain('1650.32');
    expect(findings[0]?.message).toContain('137.09%');
  });

  it('flags a wrong share, and compares 元 with 万元', () => {
    expect(run(N_19, withPerformance([summary('1500', '99.9')], spending)).findings[0]).toMatchObject({ expected: '90.89', actual: '99.9' });
    expect(run(N_19, withPerformance([summary('16487100', '99.9', '16487100', '元')], spending)).findings).toEqual([]);
  });

  it('cannot run without a coverage statement', () => {
    expect(run(N_19, withPerformance([], spending)).notEvaluable).toBeDefined();
  });
});
