import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_17 } from './N-17.js';

const TEXT = '## 十、其他重要事项的情况说明\n### （二）政府采购支出情况\n2024年度本部门政府采购支出总额8.00万元，其中：政府采购货物支出3.00万元、政府采购服务支出5.00万元。';
const run = (text: string) => runNarrative([N_17], { text, facts: [...CONSISTENT_FACTS] });

describe('N-17 政府采购金额与公开10表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('货物支出3.00', '货物支出4.00'));
    expect(findings).toMatchObject([{ rule: 'N-17', severity: 'error', actual: '4.00万元' }]);
    expect(findings[0]?.message).toContain('货物');
  });
});
