import { describe, expect, it } from 'vitest';
import { funding, projectTable, report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import type { PerformanceFunding } from '../../../model/performance.js';
import { P_02 } from './P-02.js';

const spent = (executed: string): PerformanceFunding => ({ label: '', role: 'project', unit: '元', executed, quote: `实际支出${executed}元`, source: { line: 30 } });
const centre = report({ level: 'department', title: '2022年柳林县医疗保险服务中心整体支出绩效管理自评报告', unit: '元', funding: [spent('1701435.32'), spent('16122987.70')] });
const table = (executed: string) =>
  projectTable({ name: '特定项目', title: '柳林县医疗保险服务中心重点（项目）绩效目标自评表', funding: [funding({ annualBudget: '1928.75', executed, rate: '93', score: '9.3' })] });

describe('P-02 自评报告逐项支出之和与同一单位自评表的全年执行数一致', () => {
  it('passes items that add up to the table, in 元 against 万元', () => {
    expect(run(P_02, withPerformance([centre, table('1782.44')]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('warns on a gap', () => {
    const [f] = run(P_02, withPerformance([centre, table('1781.44')])).findings;
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('17824423.02');
  });
});
