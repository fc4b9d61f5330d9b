import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_08 } from './N-08.js';

const TEXT = '## 五、一般公共预算财政拨款支出决算情况说明\n### （二）结构情况\n卫生健康支出90.00万元，占85.71%；住房保障支出5.00万元，占4.76%。';
const run = (text: string) => runNarrative([N_08], { text, facts: [...CONSISTENT_FACTS] });

describe('N-08 说明中按功能分类（类、款、项）的支出与表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('卫生健康支出90.00', '卫生健康支出91.00'));
    expect(findings).toMatchObject([{ rule: 'N-08', severity: 'error', actual: '91.00万元' }]);
    expect(findings[0]?.message).toContain('卫生健康支出');
  });
});
