import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { X_19 } from './X-19.js';

const THREE = '## 九、财政拨款“三公”经费支出决算情况说明\n';
const run = (text: string, facts = cells('T10', { 车辆数合计: { 统计数: '2' } })) => runNarrative([X_19], { text, facts });

describe('X-19 “三公”经费各项支出与对应的车辆、团组、接待数量同为零或同为正', () => {
  it('passes money with the counts that go with it', () => {
    expect(run(`${THREE}公务接待费支出2.75万元，共接待17批次，136人次。`, []).findings).toEqual([]);
  });

  it('warns on money without the count that goes with it', () => {
    const text = `${THREE}公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共0辆。\n公务接待费支出2.75万元，共接待0批次，0人次。`;
    expect(run(text, []).findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['X-19 warning', 'X-19 warning']);
  });
});
