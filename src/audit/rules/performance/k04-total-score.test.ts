import { describe, expect, it } from 'vitest';
import { funding, indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { totalScoreRule } from './k04-total-score.js';

describe('K-04 总分 = 执行率得分 + Σ 指标得分', () => {
  it('passes 8 + 90 = 98', () => {
    expect(run(totalScoreRule, withPerformance([projectTable()]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('is an error when the total is simply wrong', () => {
    expect(run(totalScoreRule, withPerformance([projectTable({ totalScore: '96' })])).findings[0]).toMatchObject({ severity: 'error', expected: '98', actual: '96' });
  });

  it('warns when the 总分 row shows only the indicators and the whole stays within 100', () => {
    const [f] = run(totalScoreRule, withPerformance([projectTable({ totalScore: '90', totalWeight: '90' })])).findings;
    expect(f).toMatchObject({ severity: 'warning', expected: '98' });
    expect(f?.message).toContain('90 + 8 = 98');
  });

  it('is an error when adding the 执行率 score takes the indicators-only total past 100', () => {
    const e = projectTable({
      funding: [funding({ rate: '93', executed: '46.5', score: '9.3' })],
      indicators: [indicator({ weight: '60', score: '60' }), indicator({ name: '满意度', weight: '40', score: '33.3' })],
      totalScore: '93.3',
    });
    const [f] = run(totalScoreRule, withPerformance([e])).findings;
    expect(f).toMatchObject({ severity: 'error' });
    expect(f?.message).toContain('93.3 + 9.3 = 102.6');
  });

  it('only warns when the weights show the table was not read in full', () => {
    const e = projectTable({ indicators: [indicator({ weight: '30', score: '30' })] });
    expect(run(totalScoreRule, withPerformance([e])).findings[0]).toMatchObject({ severity: 'warning' });
  });
});
