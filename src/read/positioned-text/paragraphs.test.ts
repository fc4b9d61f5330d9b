import { describe, expect, it } from 'vitest';
import { pageGrid, pageLine, pdfPage } from '../../../test/support/pdf-pages.js';
import { joinParagraphs } from './paragraphs.js';

// Body text 15 units, margins 90 … 510 (28 characters a line), first lines indented by two characters.
const TEXT = '一般公共预算财政拨款支出九千七百四十六万元，占本年支出合计的百分之九十九点八六。与上年度相比增加一千一百九十三万元，主要原因是项目支出增加，较上一年度增加一千一百三十三万元，主要由于办公大楼装修等。';
const wrap = (page: number, first: number, text: string, at: number) => {
  const lines = [pageLine(page, text.slice(0, 26), 120, first, 15)];
  for (let k = 26, y = first + 30; k < text.length; k += 28, y += 30) lines.push(pageLine(page, text.slice(k, k + 28), 90, y, 15));
  return lines.slice(at);
};
const texts = (blocks: ReturnType<typeof joinParagraphs>) => blocks.map((b) => (b.kind === 'line' ? b.text : 'GRID'));

describe('joinParagraphs', () => {
  it('joins wrapped lines into paragraphs, also across a page break, and keeps headings apart', () => {
    const [first, second, third, fourth] = wrap(1, 130, TEXT, 0);
    const pages = [
      pdfPage(1, [pageLine(1, '五、一般公共预算财政拨款支出决算情况说明', 120, 100, 15), first!, second!, third!]),
      pdfPage(2, [fourth!, pageLine(2, '（二）结构情况', 120, 130, 15), ...wrap(2, 160, TEXT, 0)]),
    ];
    const blocks = joinParagraphs(pages);
    expect(texts(blocks)).toEqual(['五、一般公共预算财政拨款支出决算情况说明', TEXT, '（二）结构情况', TEXT]);
    expect(blocks[1]!.kind === 'line' && blocks[1]!.source).toMatchObject({ page: 1 });
    // each printed line keeps its own place: where it starts in the paragraph, on which page, in which box
    const joined = blocks[3]!.kind === 'line' ? blocks[3]!.pieces : undefined;
    expect(joined?.map((p) => [p.offset, 'page' in p.source && p.source.page])).toEqual([
      [0, 2],
      [26, 2],
      [54, 2],
      [82, 2],
    ]);
    const [, , , across] = blocks;
    expect(across?.kind === 'line' && across.pieces?.[1]?.source).toEqual({ page: 2, bbox: expect.any(Array) });
  });

  it('joins a wrapped centred title, and not two title lines', () => {
    const cover = pdfPage(1, [pageLine(1, '上海市普陀区规划和自然', 99, 270, 36), pageLine(1, '资源局', 244, 335, 36), pageLine(1, '2024年度部门决算', 140, 397, 36)]);
    expect(texts(joinParagraphs([cover]))).toEqual(['上海市普陀区规划和自然资源局', '2024年度部门决算']);
  });

  it('passes tables through and never joins across them', () => {
    const pages = [pdfPage(1, [pageLine(1, '收入决算表', 250, 60), pageGrid(1, [60, 200], 80, [['合计', '1.00']]), pageLine(1, '注：本表反映……', 60, 120)])];
    expect(texts(joinParagraphs(pages))).toEqual(['收入决算表', 'GRID', '注：本表反映……']);
  });
});
