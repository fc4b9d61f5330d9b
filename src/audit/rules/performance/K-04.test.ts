import { describe, expect, it } from 'vitest';
import { funding, indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_04 } from './K-04.js';

describe('K-04 绩效自评表总分等于执行率得分与各项指标得分之和', () => {
  it('passes 8 + 90 = 98', () => {
    expect(run(K_04, withPerformance([projectTable()]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('is an error when the total is simply wrong', () => {
    expect(run(K_04, withPerformance([projectTable({ totalScore: '96' })])).findings[0]).toMatchObject({ severity: 'error', expected: '98', actual: '96' });
  });

  it('warns when the 总分 row shows only the indicators and the whole stays within 100', () => {
    const [f] = run(K_04, withPerformance([projectTable({ totalScore: '90', totalWeight: '90' })])).findings;
    expect(f).toMatchObject({ severity: 'warning', expected: '98' });
    expect(f?.message).toContain('90 + 8 = 98');
  });

  it('is an error when adding the 执行率 score takes the indicators-only total past 100', () => {
    const e = projectTable({
      funding: [funding({ rate: '93', executed: '46.5', score: '9.3' })],
      indicators: [indicator({ weight: '60', score: '60' }), indicator({ name: '满意度', weight: '40', score: '33.3' })],
      totalScore: '93.3',
    });
    const [f] = run(K_04, withPerformance([e])).findings;
    expect(f).toMatchObject({ severity: 'error' });
    expect(f?.message).toContain('93.3 + 9.3 = 102.6');
  });

  it('only warns when the weights show the table was not read in full', () => {
    const e = projectTable({ indicators: [indicator({ weight: '30', score: '30' })] });
    expect(run(K_04, withPerformance([e])).findings[0]).toMatchObject({ severity: 'warning' });
  });
});
