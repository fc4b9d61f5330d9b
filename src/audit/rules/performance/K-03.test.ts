import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_03 } from './K-03.js';

describe('K-03 绩效自评表各项分值合计为100分（含执行率）', () => {
  it('passes 10 + 90', () => {
    expect(run(K_03, withPerformance([projectTable()]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('is an error above 100 and a warning below', () => {
    const over = projectTable();
    over.indicators.push(indicator({ name: '加项', weight: '10', score: '10' }));
    expect(run(K_03, withPerformance([over])).findings[0]).toMatchObject({ severity: 'error', actual: '110' });
    const under = projectTable();
    under.indicators.pop();
    expect(run(K_03, withPerformance([under])).findings[0]).toMatchObject({ severity: 'warning', actual: '90' });
  });
});
