import { describe, expect, it } from 'vitest';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { asReadDraft } from './as-read.js';

const src = { line: 1 };
const disclosure = () => ({
  ...buildDisclosure({ facts: [{ table: 'T01', row: '收入总计', column: '金额', value: '100.00' }] }),
  sections: [
    { path: ['前言'], source: src, paragraphs: [{ text: '本文件按规定公开。', source: src }] },
    { path: ['第一部分 部门概况', '一、主要职能'], source: src, paragraphs: [{ text: '负责示例工作。', source: src }] },
    { path: ['第三部分 情况说明', '一、收入支出决算总体情况说明'], source: src, paragraphs: [{ text: '收入总计100.00万元。', source: src }] },
    { path: ['第三部分 情况说明', '九、“三公”经费', '（一）总体情况'], source: src, paragraphs: [{ text: '无。', source: src }, { text: '另见附表。', source: src }] },
    { path: ['第三部分 情况说明', '十、空节'], source: src, paragraphs: [] },
  ],
});

describe('asReadDraft', () => {
  it("keeps the document's own words, grouped by its parts, with heading levels from the path", () => {
    const drafted = asReadDraft(disclosure());
    expect(drafted.parts.map((p) => p.heading)).toEqual(['前言', '第一部分 部门概况', '第三部分 情况说明']);
    const explanation = drafted.parts[2]!;
    expect(explanation.sections.map((s) => [s.heading, s.level])).toEqual([
      ['一、收入支出决算总体情况说明', 1],
      ['（一）总体情况', 2],
    ]);
    expect(explanation.sections[1]!.paragraphs.map((p) => p.map((r) => r.text).join(''))).toEqual(['无。', '另见附表。']);
    expect(drafted.parts[0]!.sections[0]).toMatchObject({ heading: '', paragraphs: [[{ kind: 'text', text: '本文件按规定公开。' }]] });
  });

  it('draws nothing new: no gaps, no figures, no charts', () => {
    const drafted = asReadDraft(disclosure());
    expect(drafted.charts).toEqual([]);
    expect(drafted.parts.flatMap((p) => p.sections).flatMap((s) => s.paragraphs).flat().every((r) => r.kind === 'text')).toBe(true);
  });
});
