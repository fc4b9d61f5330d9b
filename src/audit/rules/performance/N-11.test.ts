import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import type { Claim } from '../../../model/claim.js';
import { N_11 } from './N-11.js';

const quote = '（四）一般行政管理事务（项）：年初预算为2.71万元，支出决算为2.71万元，完成年初预算的100.00%。';
const claim = (measure: Claim['measure'], value: string, basis?: Claim['basis']): Claim => ({
  subject: '功能:2100102',
  topic: 'general-detail',
  measure,
  period: '本年',
  value,
  unit: '万元',
  written: `${value}万元`,
  ...(basis ? { basis } : {}),
  quote,
  section: '五、一般公共预算财政拨款支出决算情况说明 > （三）具体情况',
  source: { line: 423 },
  sentence: { line: 423 },
});
const table = (name: string, initialBudget: string, executed: string) =>
  projectTable({ name, funding: [funding({ initialBudget, annualBudget: initialBudget, executed, rate: '54.2' })] });
const disclosure = (tables: ReturnType<typeof table>[], budget = '2.71') => {
  const d = withPerformance(tables, cells('T05', { '2100102': { 项目支出: '2.71' } }));
  return { ...d, claims: [claim('budget', budget, '年初'), claim('amount', '2.71')] };
};

describe('N-11 一般公共预算支出具体情况中各项年初预算与其项目自评表一致', () => {
  it('passes an item whose project started the year with the stated budget', () => {
    expect(run(N_11, disclosure([table('综合业务费', '2.71', '2.71'), table('公补医疗费', '100', '60')]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('flags a 年初预算 restated as the spending', () => {
    const [f] = run(N_11, disclosure([table('综合业务费', '5', '2.71'), table('公补医疗费', '100', '60')])).findings;
    expect(f).toMatchObject({ rule: 'N-11', severity: 'error', expected: '5', actual: '2.71' });
    expect(f?.message).toContain('综合业务费');
  });

  it('does not judge an item several unnamed sets of tables could explain', () => {
    const d = disclosure([table('甲项目', '5', '2.71'), table('乙项目', '3', '2'), table('丙项目', '1', '0.71')]);
    expect(run(N_11, d).findings).toEqual([]);
  });

  it('cannot run without §五(三) items', () => {
    expect(run(N_11, withPerformance([table('综合业务费', '5', '2.71')])).notEvaluable).toBeDefined();
  });
});
