import { describe, expect, it } from 'vitest';
import type { LineBlock } from '../../read/layout.js';
import { cleanText, isHeading, joinParagraphs, sentences } from './paragraphs.js';

const line = (text: string, n: number, heading?: number): LineBlock => ({ kind: 'line', text, source: { line: n }, ...(heading ? { heading } : {}) });

describe('paragraphs of running text', () => {
  it('joins lines broken inside a sentence and keeps headings apart', () => {
    const out = joinParagraphs([line('（一）项目决策情况', 1), line('当年安排资金1921.97万元，其中中央补助500.05万元，省级补助', 2), line('744.32万元。', 3), line('下一段。', 4)]);
    expect(out.map((p) => p.text)).toEqual(['（一）项目决策情况', '当年安排资金1921.97万元，其中中央补助500.05万元，省级补助744.32万元。', '下一段。']);
    expect(out[1]?.source).toEqual({ line: 2 });
  });

  it('continues a list item ending in ； but not into the next item', () => {
    const out = joinParagraphs([line('其中：一站式救助4173人次；', 1), line('非一站式救助1774人次。', 2), line('宣传经费项目完成情况：完成率100%；', 3), line('网络经费项目完成情况：完成率100%。', 4)]);
    expect(out).toHaveLength(3);
  });

  it('tells headings from numbered sentences and cleans converter markup', () => {
    expect(isHeading(line('1. 履职效能（15分）', 1))).toBe(true);
    expect(isHeading(line('2、企业退休人员大病保险预算171720元。(四舍五入：17', 1))).toBe(false);
    expect(cleanText('[bookmark: _GoBack]比率 $\\geq 70\\%$ 。')).toBe('比率 ≥70% 。');
    expect(sentences('甲。乙；丙')).toEqual(['甲。', '乙；', '丙']);
  });
});
