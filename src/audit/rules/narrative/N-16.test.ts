import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_16 } from './N-16.js';

const TEXT = '## 十、其他重要事项的情况说明\n### （一）机关运行经费支出情况\n2024年度本部门机关运行经费支出4.00万元。';
const run = (text: string) => runNarrative([N_16], { text, facts: [...CONSISTENT_FACTS] });

describe('N-16 机关运行经费与公开10表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('支出4.00', '支出4.50'));
    expect(findings).toMatchObject([{ rule: 'N-16', severity: 'error', actual: '4.50万元' }]);
    expect(findings[0]?.message).toContain('机关运行经费');
  });
});
