import { describe, expect, it } from 'vitest';
import { report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import type { PerformanceGradeGroup } from '../../../model/performance.js';
import { N_22 } from './N-22.js';

const groups: PerformanceGradeGroup[] = [{ label: '一级项目', projects: '2', counts: { 优: '2', 良: '0', 中: '0', 差: '0' }, quote: '2个项目自评等级为“优”', source: { line: 9 } }];
const summary = report({ level: 'department', name: '预算绩效情况说明', gradeGroups: groups });
const project = (name: string, totalScore: string) => report({ name, totalScore, title: `${name}综述` });

describe('N-22 文中所述自评等级与得分相符', () => {
  it('passes a report scored 96 graded 优秀 and a distribution the scores fit', () => {
    const d = withPerformance([report({ level: 'department', title: '整体支出绩效自评报告', totalScore: '96', grade: '优秀' }), summary, project('甲', '92.4'), project('乙', '95')]);
    expect(run(N_22, d).findings).toEqual([]);
  });

  it('flags a report grade off its score', () => {
    const [f] = run(N_22, withPerformance([report({ title: '自评报告', totalScore: '85', grade: '优秀' })])).findings;
    expect(f).toMatchObject({ expected: '良', actual: '优秀' });
  });

  it('flags a project scored 89 counted among the 优', () => {
    const [f] = run(N_22, withPerformance([summary, project('城乡居民医疗救助', '89'), project('能力提升', '92.4')])).findings;
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('城乡居民医疗救助 得分 89 分');
    expect(f?.message).toContain('“优”');
  });
});
