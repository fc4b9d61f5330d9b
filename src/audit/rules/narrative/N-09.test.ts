import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_09 } from './N-09.js';

const run = (item: string) => runNarrative([N_09], { text: `## 五、一般公共预算财政拨款支出决算情况说明\n### （三）具体情况\n${item}：支出决算为53.26万元。\n`, facts: [] });

describe('N-09 说明中类、款、项的名称与其科目编码的名称一致', () => {
  it('passes catalog names, with or without 支出', () => {
    expect(run('13. 住房保障支出（类）住房改革支出（款）住房公积金（项）').findings).toEqual([]);
    expect(run('4. 卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）').findings).toEqual([]);
  });

  it('warns on a wrong 款 name and on a 项 name nobody knows', () => {
    const wrong = run('12、住房保障支出（类）住房保障支出（款）住房公积金（项）').findings;
    expect(wrong[0]).toMatchObject({ rule: 'N-09', severity: 'warning' });
    expect(wrong[0]?.message).toContain('住房保障支出（款）');
    expect(wrong[0]?.message).toContain('22102');
    expect(run('5、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位退休人员活动费支出（项）').findings[0]?.message).toContain('退休人员活动费');
  });

});
