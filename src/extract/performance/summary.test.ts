import { describe, expect, it } from 'vitest';
import type { Paragraph } from './paragraphs.js';
import { readSummaries } from './summary.js';

const p = (text: string, line: number): Paragraph => ({ text, source: { line }, heading: false });

describe('预算绩效 statements of the 情况说明', () => {
  const found = readSummaries([
    p('组织对所有项目全面开展了绩效自评，涵盖一级项目7个，二级项目2个，共涉及资金1648.71万元，占本单位项目支出总额的99.9%，其中一般公共预算项目支出1648.71万元、政府性基金预算项目支出0元。', 1),
    p('示例局2024年度一级项目绩效自评个数7个，涉及资金1579.09万元：7个项目自评等级为“优”，0个项目自评等级为“良”，0个项目自评等级为“中”，0个项目自评等级为“差”。', 2),
    p('肾透析病人政府补助项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为100分。项目全年预算数为108.84万元，执行数108.84万元，完成预算的100%。', 3),
    p('一、城乡居民医疗救助综述：项目绩效自评得分89分，执行率为70.6%。', 4),
    p('示例局部门整体支出绩效自评综述：整体绩效自评得分为85分。部门全年预算数为38460895.08元，执行数为38460895.08元，执行率为100%。', 5),
    p('本段与绩效无关，金额12.5万元。', 6),
  ]);

  it('keeps coverage and grade groups on one evaluation of the part', () => {
    expect(found[0]).toMatchObject({ kind: 'report', name: '预算绩效情况说明', source: { line: 1 } });
    expect(found[0]!.coverage).toEqual([
      expect.objectContaining({ projects: '9', amount: '1648.71', unit: '万元', share: '99.9', generalBudget: '1648.71', source: { line: 1 } }),
    ]);
    expect(found[0]!.gradeGroups).toEqual([expect.objectContaining({ label: '一级项目', projects: '7', amount: '1579.09', counts: { 优: '7', 良: '0', 中: '0', 差: '0' } })]);
  });

  it('reads each 综述 as a report on its project or on the department', () => {
    expect(found.slice(1).map((e) => [e.level, e.name, e.totalScore])).toEqual([
      ['project', '肾透析病人政府补助', '100'],
      ['project', '城乡居民医疗救助', '89'],
      ['department', '示例局部门整体支出', '85'],
    ]);
    expect(found[1]!.funding[0]).toMatchObject({ role: 'total', annualBudget: '108.84', executed: '108.84', rate: '100', unit: '万元' });
    expect(found[2]!.funding[0]).toMatchObject({ rate: '70.6' });
    expect(found[3]!.funding[0]).toMatchObject({ unit: '元', executed: '38460895.08' });
  });

  it('finds nothing in unrelated text', () => {
    expect(readSummaries([p('一、收入支出决算总体情况说明：收入总计2262.43万元。', 1)])).toEqual([]);
  });
});
