import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_06 } from './K-06.js';

const one = (values: Parameters<typeof indicator>[0]) => run(K_06, withPerformance([projectTable({ indicators: [indicator(values)] })]));

describe('K-06 定量指标完成得满分、未完成按完成比例得分', () => {
  it('passes full marks for targets met and proportional scores for targets missed', () => {
    expect(run(K_06, withPerformance([projectTable()])).findings).toEqual([]);
    expect(one({ target: '≥3323人', actual: '500人', weight: '5', score: '0.75' }).findings).toEqual([]);
    expect(one({ level2: '成本指标', target: '≤50万元', actual: '62.5万元', weight: '10', score: '8' }).findings).toEqual([]);
  });

  it('warns on a met target without full marks', () => {
    expect(one({ target: '95%', actual: '95%', weight: '10', score: '9.5' }).findings[0]).toMatchObject({ rule: 'K-06', severity: 'warning', expected: '10.00' });
  });

  it('warns on a missed target scored off the proportion', () => {
    const [f] = one({ target: '100%', actual: '93%', weight: '20', score: '15.8' }).findings;
    expect(f).toMatchObject({ expected: '18.60', actual: '15.8' });
  });

  it('notes a probable wrong symbol when a cost indicator below its ">" target gets full marks', () => {
    const [f] = one({ level2: '成本指标', target: '>220万元', actual: '=108.84万元', weight: '10', score: '10' }).findings;
    expect(f?.message).toContain('符号可能有误');
  });

});
