import { describe, expect, it } from 'vitest';
import { figure, gap, joined, paragraph, paragraphText } from './runs.js';

describe('paragraph runs', () => {
  it('merges adjacent text and keeps figures and gaps apart', () => {
    const p = paragraph('收入总计', figure('100.00万元'), '，', '主要原因是', gap('主要原因：请补充'), undefined, false, ['。']);
    expect(p).toEqual([
      { kind: 'text', text: '收入总计' },
      { kind: 'figure', text: '100.00万元' },
      { kind: 'text', text: '，主要原因是' },
      { kind: 'gap', text: '【主要原因：请补充】' },
      { kind: 'text', text: '。' },
    ]);
    expect(paragraphText(p)).toBe('收入总计100.00万元，主要原因是【主要原因：请补充】。');
  });

  it('joins list items with a separator', () => {
    expect(paragraphText(paragraph(joined(['甲', figure('1辆'), '乙'], '、')))).toBe('甲、1辆、乙');
  });
});
