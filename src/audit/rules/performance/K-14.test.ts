import { describe, expect, it } from 'vitest';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_14 } from './K-14.js';

describe('K-14 绩效自评表的执行率与年初预算、表内文字所述执行率一致', () => {
  it('passes an unadjusted budget whose text agrees', () => {
    const e = projectTable({ texts: [{ label: '项目实施和预算执行情况', text: '全年支出40万元，执行率80%。', source: { line: 1 } }] });
    expect(run(K_14, withPerformance([e]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('warns when the 全年预算数 was cut to the spending and the text states another rate', () => {
    const e = projectTable({
      name: '医保档案规范化整理经费',
      funding: [funding({ initialBudget: '111.385', annualBudget: '33.378', executed: '33.378', rate: '100', score: '10' })],
      texts: [{ label: '实际完成情况', text: '由于机构改革，执行率为30%，剩余资金划转。', source: { line: 7 } }],
    });
    const [f] = run(K_14, withPerformance([e])).findings;
    expect(f).toMatchObject({ rule: 'K-14', severity: 'warning', actual: '30' });
    expect(f?.message).toContain('医保档案');
    expect(f?.message).toContain('33.378 / 111.385 = 29.97%');
    expect(f?.sources).toContainEqual({ line: 7 });
  });
});
