import { describe, expect, it } from 'vitest';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { balanceRule } from './k10-balance.js';

describe('K-10 资金结余 = 全年预算数 − 全年执行数', () => {
  it('passes 50 − 40 = 10', () => {
    expect(run(balanceRule, withPerformance([projectTable({ funding: [funding({ balance: '10' })] })]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('flags a balance of 0 on an underspent line', () => {
    expect(run(balanceRule, withPerformance([projectTable({ funding: [funding({ balance: '0' })] })])).findings[0]).toMatchObject({ expected: '10', actual: '0' });
  });
});
