import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../test/support/draft-fixtures.js';
import { draftDisclosure } from './draft-disclosure.js';
import { paragraphText } from './runs.js';
import { CHART_IDS } from './charts.js';

describe('draftDisclosure', () => {
  const disclosure = draftFixture();
  const drafted = draftDisclosure(disclosure);
  const sections = drafted.parts.flatMap((p) => p.sections);

  it('lays out the package: 概况, 情况说明 in the regime order, 名词解释', () => {
    expect(drafted.title).toBe('测试县示例局2024年度部门决算');
    expect(drafted.disclosure).toBe(disclosure);
    expect(drafted.parts.map((p) => [p.id, p.heading])).toEqual([
      ['overview', '第一部分 部门概况'],
      ['explanation', '第三部分 2024年度部门决算情况说明'],
      ['glossary', '第四部分 名词解释'],
    ]);
    const explanation = drafted.parts[1]!.sections.filter((s) => (s.level ?? 1) === 1).map((s) => s.heading.slice(0, 2));
    expect(explanation).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']);
  });

  it('attaches every chart to a section and notes the empty tables', () => {
    expect(drafted.charts.map((c) => c.id).sort()).toEqual(Object.values(CHART_IDS).sort());
    for (const chart of drafted.charts) expect(sections.filter((s) => s.charts?.includes(chart.id))).toHaveLength(1);
    expect(drafted.tables.filter((t) => t.note).map((t) => t.id)).toEqual(['T07', 'T08']);
  });

  it('never prints an impossible rate, and marks every figure and gap', () => {
    const all = sections.flatMap((s) => s.paragraphs.flat());
    expect(all.some((r) => /∞|NaN|Infinity|undefined/.test(r.text))).toBe(false);
    for (const r of all.filter((r) => r.kind === 'figure')) expect(r.text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d{2})?(万元|元|%|个|人次|批次|辆|台（套）)$/);
    for (const r of all.filter((r) => r.kind === 'gap')) expect(r.text).toMatch(/^【[^【】\d]+】$/);
    // text runs carry no digits: every number of the draft is a figure (the year words aside)
    for (const r of all.filter((r) => r.kind === 'text')) expect(r.text.replace(/\d{4}年(度|12月31日)?|\d+\. |单价100万元/g, '')).not.toMatch(/\d/);
  });

  it('fills what the options give and nothing else', () => {
    const filled = draftDisclosure(disclosure, { overview: '负责示例工作。', reasons: { 'operating-cost': '压减会议费' } });
    const text = filled.parts.map((p) => p.sections.map((s) => s.paragraphs.map(paragraphText).join('\n')).join('\n')).join('\n');
    expect(text).toContain('负责示例工作。');
    expect(text).not.toContain('部门主要职责：请补充');
    // the reason applies only once there is a change to explain (last year unknown: the change is a gap)
    expect(text).toContain('机关运行经费支出的增减额和增减率【上年数：请补充】。主要原因是压减会议费。');
  });
});
