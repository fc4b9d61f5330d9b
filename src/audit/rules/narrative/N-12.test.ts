import { describe, expect, it } from 'vitest';
import { CONSISTENT_FACTS } from '../../../../test/support/audit-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_12 } from './N-12.js';

const TEXT = '## 六、一般公共预算财政拨款基本支出决算情况说明\n2024年度一般公共预算财政拨款基本支出75.00万元，其中：人员经费70.00万元，公用经费5.00万元。';
const run = (text: string) => runNarrative([N_12], { text, facts: [...CONSISTENT_FACTS] });

describe('N-12 基本支出的人员经费、公用经费及经济科目与公开06表一致', () => {
  it('passes the figures the tables print', () => {
    const { findings, summary } = run(TEXT);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('reports a figure the tables contradict', () => {
    const { findings } = run(TEXT.replace('人员经费70.00', '人员经费71.00'));
    expect(findings).toMatchObject([{ rule: 'N-12', severity: 'error', actual: '71.00万元' }]);
    expect(findings[0]?.message).toContain('人员经费');
  });
});
