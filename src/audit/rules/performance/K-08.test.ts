import { describe, expect, it } from 'vitest';
import { projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_08 } from './K-08.js';

describe('K-08 绩效自评表的等级与总分相符', () => {
  it('passes 98 优 and 优秀', () => {
    expect(run(K_08, withPerformance([projectTable(), projectTable({ grade: '优秀' })])).findings).toEqual([]);
  });

  it('flags 89 printed as 优', () => {
    const e = projectTable({ totalScore: '89', grade: '优', indicators: [], funding: [] });
    expect(run(K_08, withPerformance([e])).findings[0]).toMatchObject({ severity: 'error', expected: '良', actual: '优' });
  });
});
