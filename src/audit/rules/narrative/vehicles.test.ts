import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { VEHICLE_RULES } from './vehicles.js';

const THREE = '## 九、财政拨款“三公”经费支出决算情况说明\n';
const run = (text: string, facts = cells('T10', { 车辆数合计: { 统计数: '2' } })) => runNarrative(VEHICLE_RULES, { text, facts });

describe('三公 counts against vehicles and money', () => {
  it('X-17: 保有量 cannot exceed the vehicles the department holds', () => {
    expect(run(`${THREE}3、公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共2辆。`).findings).toEqual([]);
    const { findings } = run(`${THREE}3、公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共3辆。`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'X-17', severity: 'error', actual: '3辆' });
    expect(findings[0]?.message).toContain('保有量');
  });

  it('N-RECEPTION: 国内 and 外事 receptions add up to the total, in 批次 and in 人次', () => {
    const ok = `${THREE}公务接待费支出2.75万元，共接待17批次，136人次，其中：国内公务接待15批次，120人次；外事接待2批次，16人次。`;
    expect(run(ok, []).findings.filter((f) => f.rule === 'N-RECEPTION')).toEqual([]);
    const wrong = `${THREE}公务接待费支出2.75万元，共接待17批次，136人次，其中：国内公务接待15批次，120人次；外事接待3批次，16人次。`;
    const findings = run(wrong, []).findings.filter((f) => f.rule === 'N-RECEPTION');
    expect(findings).toMatchObject([{ severity: 'error', expected: '18批次', actual: '17批次' }]);
    const onlyDomestic = `${THREE}公务接待费支出2.75万元，共接待17批次，136人次，其中：国内公务接待18批次，120人次。`;
    expect(run(onlyDomestic, []).findings.filter((f) => f.rule === 'N-RECEPTION')).toMatchObject([{ expected: '≥ 18批次', actual: '17批次' }]);
  });

  it('X-18/X-19: money without the count that goes with it is a warning', () => {
    const text = `${THREE}公务用车运行维护费支出4.60万元，使用财政拨款负担的公务用车保有量共0辆。\n公务接待费支出2.75万元，共接待0批次，0人次。`;
    expect(run(text, []).findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['X-18 warning', 'X-19 warning', 'X-19 warning']);
    expect(run(`${THREE}公务接待费支出2.75万元，共接待17批次，136人次。`, []).findings).toEqual([]);
  });
});
