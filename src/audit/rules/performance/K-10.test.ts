import { describe, expect, it } from 'vitest';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_10 } from './K-10.js';

describe('K-10 资金结余等于全年预算数减全年执行数', () => {
  it('passes 50 − 40 = 10', () => {
    expect(run(K_10, withPerformance([projectTable({ funding: [funding({ balance: '10' })] })]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('flags a balance of 0 on an underspent line', () => {
    expect(run(K_10, withPerformance([projectTable({ funding: [funding({ balance: '0' })] })])).findings[0]).toMatchObject({ expected: '10', actual: '0' });
  });
});
