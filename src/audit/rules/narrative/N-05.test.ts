import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_05 } from './N-05.js';

const TEXT = '## 三、支出决算情况说明\n2024年度本年支出合计105.00万元，其中：基本支出75.00万元，项目支出30.00万元。';
const run = (text: string) => runNarrative([N_05], { text, facts: [...CONSISTENT_FACTS] });

describe('N-05 说明中的本年支出及基本、项目等支出与表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('基本支出75.00', '基本支出76.00'));
    expect(findings).toMatchObject([{ rule: 'N-05', severity: 'error', actual: '76.00万元' }]);
    expect(findings[0]?.message).toContain('基本支出');
  });
});
