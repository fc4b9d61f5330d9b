import { describe, expect, it } from 'vitest';
import { projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { gradeRule } from './k08-grade.js';

describe('K-08 等级 = band(总分)', () => {
  it('passes 98 优 and 优秀', () => {
    expect(run(gradeRule, withPerformance([projectTable(), projectTable({ grade: '优秀' })])).findings).toEqual([]);
  });

  it('flags 89 printed as 优', () => {
    const e = projectTable({ totalScore: '89', grade: '优', indicators: [], funding: [] });
    expect(run(gradeRule, withPerformance([e])).findings[0]).toMatchObject({ severity: 'error', expected: '良', actual: '优' });
  });
});
