import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_07 } from './K-07.js';

describe('K-07 “不适用”指标不计分值和得分', () => {
  it('passes a 不适用 row without a score', () => {
    const e = projectTable({ indicators: [indicator({ name: '不适用', target: '≥0000', actual: '', weight: '0', score: '0' })] });
    expect(run(K_07, withPerformance([e]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('warns once per table on scored 不适用 rows, naming the NaN 偏差度', () => {
    const e = projectTable({
      indicators: [
        indicator({ name: '不适用1', target: '≥0000', actual: '100', weight: '3', score: '1.8', deviation: 'NaN' }),
        indicator({ name: '不适用2', target: '≥0000', actual: '100', weight: '1', score: '0', deviation: '0.00' }),
      ],
    });
    const [f, ...rest] = run(K_07, withPerformance([e])).findings;
    expect(rest).toEqual([]);
    expect(f?.message).toContain('不适用1 1.8/3');
    expect(f?.message).toContain('NaN');
    expect(f?.message).toContain('不适用2 0/1');
  });

  it('cannot run without 不适用 rows', () => {
    expect(run(K_07, withPerformance([projectTable()])).checks).toBe(0);
  });
});
