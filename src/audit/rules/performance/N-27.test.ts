import { describe, expect, it } from 'vitest';
import { report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import type { PerformanceFunding } from '../../../model/performance.js';
import { N_27 } from './N-27.js';

const line = (values: Partial<PerformanceFunding>): PerformanceFunding => ({ label: '', role: 'project', unit: '万元', source: { line: 20 }, quote: '…', ...values });
const claims = (...funding: PerformanceFunding[]) => run(N_27, withPerformance([report({ level: 'department', title: '整体支出绩效自评报告', funding })]));

describe('N-27 自评报告中项目的完成率与其预算、支出相符', () => {
  it('passes rates that agree with the spending, to the printed precision', () => {
    expect(claims(line({ label: '县级配套', initialBudget: '184.61', executed: '12.88853', rate: '7', rateBasis: 'initialBudget' })).findings).toEqual([]);
    expect(claims(line({ label: '大病保险', initialBudget: '2220192', executed: '1701435.32', rate: '77', rateBasis: 'budget', unit: '元' })).findings).toEqual([]);
  });

  it('flags a rate off the spending', () => {
    const [f] = claims(line({ label: '退役士兵安置', initialBudget: '21.8', executed: '21.63351', rate: '98', rateBasis: 'initialBudget' })).findings;
    expect(f).toMatchObject({ severity: 'error', expected: '99.24', actual: '98' });
  });

  it('flags completion claimed for money not spent, taking figures from the report’s lists', () => {
    const findings = claims(
      line({ label: '宣传经费', executed: '0', rate: '100', rateBasis: 'budget' }),
      line({ label: '宣传活动经费', initialBudget: '3.6' }),
      line({ label: '示范工程试点建设经费', initialBudget: '7.2', rate: '100', rateBasis: 'target' }),
      line({ label: '医保经办服务示范工程试点建设经费', annualBudget: '0' }),
    ).findings;
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0]?.message).toContain('宣传经费');
    expect(findings[1]?.message).toContain('示范工程');
  });

  it('treats a 绩效目标 completion claim as an error only for money largely unspent, else a warning', () => {
    expect(claims(line({ label: '退休职工服务中心经费', initialBudget: '3.6', executed: '0.6', rate: '100', rateBasis: 'target' })).findings[0]?.severity).toBe('error');
    expect(claims(line({ label: '退役士兵安置', initialBudget: '21.8', executed: '21.63351', rate: '100', rateBasis: 'target' })).findings).toEqual([]);
    expect(claims(line({ label: '医保补助', initialBudget: '5133.58', executed: '4793.978', rate: '95', rateBasis: 'target' })).findings[0]?.severity).toBe('warning');
  });
});
