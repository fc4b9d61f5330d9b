import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_34 } from './N-34.js';

const THREE = '## 九、财政拨款“三公”经费支出决算情况说明\n';
const run = (text: string, facts = cells('T10', { 车辆数合计: { 统计数: '2' } })) => runNarrative([N_34], { text, facts });

describe('N-34 公务接待的国内与外事批次、人次之和等于总数', () => {
  it('passes 国内 and 外事 receptions that add up to the total, in 批次 and in 人次', () => {
    const ok = `${THREE}公务接待费支出2.75万元，共接待17批次，136人次，其中：国内公务接待15批次，120人次；外事接待2批次，16人次。`;
    expect(run(ok, []).findings.filter((f) => f.rule === 'N-34')).toEqual([]);
  });

  it('reports counts that do not add up to the total', () => {
    const wrong = `${THREE}公务接待费支出2.75万元，共接待17批次，136人次，其中：国内公务接待15批次，120人次；外事接待3批次，16人次。`;
    const findings = run(wrong, []).findings.filter((f) => f.rule === 'N-34');
    expect(findings).toMatchObject([{ severity: 'error', expected: '18批次', actual: '17批次' }]);
    const onlyDomestic = `${THREE}公务接待费支出2.75万元，共接待17批次，136人次，其中：国内公务接待18批次，120人次。`;
    expect(run(onlyDomestic, []).findings.filter((f) => f.rule === 'N-34')).toMatchObject([{ expected: '≥ 18批次', actual: '17批次' }]);
  });
});
