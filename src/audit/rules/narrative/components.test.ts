import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../model/claim.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { COMPONENT_RULES, sumTolerance } from './components.js';
import type { Value } from './values.js';

const run = (text: string) => runNarrative(COMPONENT_RULES, { text, facts: [] });
const flags = (text: string) => run(text).findings.map((f) => `${f.rule} ${f.severity}`);

describe('stated components add up to their stated total', () => {
  it('passes exact sums and reports 尾差 as info', () => {
    expect(flags('## 三、支出决算情况说明\n2024年度支出合计100.00万元，其中：基本支出40.00万元，占40%；项目支出60.00万元，占60%。')).toEqual([]);
    expect(flags('## 三、支出决算情况说明\n2024年度支出合计2,262.43万元，其中：基本支出612.10万元；项目支出1,650.32万元。')).toEqual(['N-SUM info']);
  });

  it('reports a sum beyond rounding, with the parts and the total', () => {
    const { findings } = run('## 六、一般公共预算财政拨款基本支出决算情况说明\n2024年度财政拨款基本支出612.10万元，其中：人员经费590.76万元，公用经费22.34万元。');
    expect(findings[0]).toMatchObject({ rule: 'N-SUM', severity: 'error', expected: '613.10万元', actual: '612.10万元' });
  });

  it('checks §五(三): items against their class (usually) and their budgets against the total budget (N-10)', () => {
    const text = [
      '## 五、一般公共预算财政拨款支出决算情况说明',
      '### （三）具体情况',
      '2024年度一般公共预算财政拨款支出年初预算5,997.45万元,支出决算2,262.43万元。',
      '社会保障和就业支出年初预算81.55万元,支出决算82.46万元。',
      '卫生健康支出年初预算5,742.25万元,支出决算2,136.04万元,用于计划生育事务2万元,医疗救助1475.15万元。',
      '住房保障支出年初预算50.65万元,支出决算43.93万元。',
    ].join('\n');
    const findings = run(text).findings;
    expect(findings.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual(['N-10 warning', 'N-SUM-ITEMS warning']);
    expect(findings.find((f) => f.rule === 'N-10')?.message).toContain('5874.45');
  });

  it('checks a breakdown inside one sentence of 绩效 or 概况 text', () => {
    expect(flags('## （一）部门概况\n2025年单位支出预算为5850.45万元，基本支出399万元；项目支出5451.45万元。')).toEqual([]);
    expect(flags('## （一）部门概况\n2025年单位支出预算为5850.45万元，基本支出399万元；项目支出5461.45万元。')).toEqual(['N-SUM error']);
  });

  it('allows the rounding of 万元 figures only (README §3.2)', () => {
    const value = (step: string): Value => ({ amount: new Big(0), step: new Big(step), shown: '', money: true, sources: [] });
    const claim = (unit: string) => ({ unit }) as Claim;
    const wan = [claim('万元'), claim('万元'), claim('万元')];
    expect(sumTolerance(wan, [value('100'), value('100'), value('100')]).toFixed()).toBe('100');
    expect(sumTolerance(wan.slice(0, 2), [value('100'), value('100')]).toFixed()).toBe('0');
    expect(sumTolerance([claim('元'), claim('元'), claim('元')], [value('0.01'), value('0.01'), value('0.01')]).toFixed()).toBe('0');
  });
});
