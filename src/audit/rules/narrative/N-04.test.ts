import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_04 } from './N-04.js';

const TEXT = '## 二、收入决算情况说明\n2024年度本年收入合计105.00万元，其中：财政拨款收入105.00万元。';
const run = (text: string) => runNarrative([N_04], { text, facts: [...CONSISTENT_FACTS] });

describe('N-04 说明中的本年收入及各项收入与表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('105.00万元，其中', '106.00万元，其中'));
    expect(findings).toMatchObject([{ rule: 'N-04', severity: 'error', actual: '106.00万元' }]);
    expect(findings[0]?.message).toContain('本年收入合计');
  });
});
