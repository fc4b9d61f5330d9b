import { describe, expect, it } from 'vitest';
import { funding, indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_13 } from './K-13.js';

const table = (target: string, actual: string) =>
  projectTable({
    funding: [funding({ initialBudget: '121.044', annualBudget: '121.044', executed: '121.044', rate: '100', score: '10' })],
    indicators: [indicator({ level2: '成本指标', name: '救助支出', target, actual })],
  });

describe('K-13 指标中的金额与资金情况一致', () => {
  it('passes the same amount in 元 and rounded 万元', () => {
    expect(run(K_13, withPerformance([table('1210440元', '121.04万元')]))).toMatchObject({ findings: [] });
  });

  it('warns on a close amount that differs beyond rounding', () => {
    const [f] = run(K_13, withPerformance([table('1219437元', '1219437元')])).findings;
    expect(f).toMatchObject({ rule: 'K-13', severity: 'warning' });
    expect(f?.message).toContain('1219437元');
    expect(f?.message).toContain('121.044');
  });

  it('ignores amounts of another magnitude (a unit price)', () => {
    expect(run(K_13, withPerformance([table('≤380元', '270元')])).checks).toBe(0);
  });
});
