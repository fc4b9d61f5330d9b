import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_26 } from './N-26.js';

const text = (rate: string) =>
  [
    '## 三、支出决算情况说明',
    '2024年度本年支出合计2280.29万元，其中：基本支出816.48万元，项目支出1463.81万元。',
    '## 五、一般公共预算财政拨款支出决算情况说明',
    '### （三）一般公共预算财政拨款支出决算具体情况',
    `2024年度一般公共预算支出决算数为2280.29万元，完成预算${rate}。`,
    '## （2）支出执行进度',
    '2024年全年部门预算数为2302.34万元。',
  ].join('\n');

describe('N-26 “完成预算”的比例与文件中所称全年预算一致', () => {
  it('passes the rate the budget gives', () => {
    expect(runNarrative([N_26], { text: text('99.04%'), facts: [] }).findings).toEqual([]);
  });

  it('reports "完成预算100%" against a larger budget', () => {
    const { findings } = runNarrative([N_26], { text: text('100%'), facts: [] });
    expect(findings[0]).toMatchObject({ rule: 'N-26', severity: 'error', expected: '99.04%', actual: '100%' });
  });
});
