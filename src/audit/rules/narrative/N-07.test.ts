import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_07 } from './N-07.js';

const TEXT = '## 五、一般公共预算财政拨款支出决算情况说明\n### （一）总体情况\n2024年度一般公共预算财政拨款支出105.00万元，其中：基本支出75.00万元，项目支出30.00万元。';
const run = (text: string) => runNarrative([N_07], { text, facts: [...CONSISTENT_FACTS] });

describe('N-07 一般公共预算财政拨款支出及其基本、项目支出与公开05表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('项目支出30.00', '项目支出31.00'));
    expect(findings).toMatchObject([{ rule: 'N-07', severity: 'error', actual: '31.00万元' }]);
    expect(findings[0]?.message).toContain('项目支出');
  });
});
