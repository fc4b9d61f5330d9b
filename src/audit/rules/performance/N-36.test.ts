import { describe, expect, it } from 'vitest';
import { projectTable, report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { N_36 } from './N-36.js';

const summary = (text: string) => report({ name: '肾透析病人政府补助', texts: [{ label: '综述', text, source: { line: 3 } }] });
const table = projectTable({
  name: '肾病透析患者医疗费政府补助资金',
  texts: [{ label: '实际完成情况', text: '2024年居民肾病血液透析患者163人，透析人次为16563次。2024年职工肾病血液透析患者4人，透析人次为8520次。', source: { line: 40 } }],
});

describe('N-36 综述引用的数字与自评表所指对象一致', () => {
  it('passes a figure quoted of the same subject', () => {
    expect(run(N_36, withPerformance([summary('一是居民肾病血液透析16563次；'), table])).findings).toEqual([]);
  });

  it('warns on the same figure said of another subject', () => {
    const [f] = run(N_36, withPerformance([summary('一是居民肾病腹膜透析患者8520次；'), table])).findings;
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f?.message).toContain('8520');
    expect(f?.message).toContain('职工肾病血液透析患者4人');
  });

});
