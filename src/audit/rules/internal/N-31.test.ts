import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_31 } from './N-31.js';

const run = (text: string) => runNarrative([N_31], { text, facts: [] });
const flags = (text: string) => run(text).findings.map((f) => `${f.rule} ${f.severity}`);

describe('N-31 说明中列出的构成之和等于所称合计', () => {
  it('passes exact sums and reports 尾差 as info', () => {
    expect(flags('## 三、支出决算情况说明\n2024年度支出合计100.00万元，其中：基本支出40.00万元，占40%；项目支出60.00万元，占60%。')).toEqual([]);
    expect(flags('## 三、支出决算情况说明\n2024年度支出合计2,262.43万元，其中：基本支出612.10万元；项目支出1,650.32万元。')).toEqual(['N-31 info']);
  });

  it('reports a sum beyond rounding, with the parts and the total', () => {
    const { findings } = run('## 六、一般公共预算财政拨款基本支出决算情况说明\n2024年度财政拨款基本支出612.10万元，其中：人员经费590.76万元，公用经费22.34万元。');
    expect(findings[0]).toMatchObject({ rule: 'N-31', severity: 'error', expected: '613.10万元', actual: '612.10万元' });
  });

  it('checks a breakdown inside one sentence of 绩效 or 概况 text', () => {
    expect(flags('## （一）部门概况\n2025年单位支出预算为5850.45万元，基本支出399万元；项目支出5451.45万元。')).toEqual([]);
    expect(flags('## （一）部门概况\n2025年单位支出预算为5850.45万元，基本支出399万元；项目支出5461.45万元。')).toEqual(['N-31 error']);
  });

});
