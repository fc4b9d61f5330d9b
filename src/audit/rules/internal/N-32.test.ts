import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_32 } from './N-32.js';

const run = (text: string) => runNarrative([N_32], { text, facts: [] });

const TEXT = [
  '## 五、一般公共预算财政拨款支出决算情况说明',
  '### （三）具体情况',
  '2024年度一般公共预算财政拨款支出年初预算5,997.45万元,支出决算2,262.43万元。',
  '社会保障和就业支出年初预算81.55万元,支出决算82.46万元。',
  '卫生健康支出年初预算5,742.25万元,支出决算2,136.04万元,用于计划生育事务2万元,医疗救助1475.15万元。',
  '住房保障支出年初预算50.65万元,支出决算43.93万元。',
].join('\n');

describe('N-32 一般公共预算支出具体情况中各款、项之和等于所属类', () => {
  it('passes when they add up', () => {
    expect(run(TEXT.replace('医疗救助1475.15万元', '医疗救助2134.04万元')).findings).toEqual([]);
  });

  it('warns when they do not', () => {
    const findings = run(TEXT).findings;
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['N-32 warning']);
  });
});
