import { describe, expect, it } from 'vitest';
import { pageLine, pdfPage } from '../../../test/support/pdf-pages.js';
import { isPageNumber, removePageFurniture } from './page-furniture.js';

const texts = (pages: ReturnType<typeof removePageFurniture>) => pages.map((p) => p.blocks.map((b) => (b.kind === 'line' ? b.text : 'GRID')));

describe('removePageFurniture', () => {
  it('drops page numbers and running headers, keeps the content and the unit lines', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      pdfPage(n, [
        pageLine(n, 'XX局2024年度部门决算', 200, 40),
        pageLine(n, '收入决算表', 250, 110),
        pageLine(n, '单位：万元', 450, 130),
        pageLine(n, `正文第${n}页`, 90, 400),
        pageLine(n, `- ${n} -`, 290, 800),
      ]),
    );
    expect(texts(removePageFurniture(pages))).toEqual([1, 2, 3, 4].map((n) => ['收入决算表', '单位：万元', `正文第${n}页`]));
  });

  it('keeps a short document’s lines that only look alike', () => {
    const pages = [1, 2].map((n) => pdfPage(n, [pageLine(n, '目录', 280, 40), pageLine(n, '正文', 90, 400)]));
    expect(texts(removePageFurniture(pages))).toEqual([
      ['目录', '正文'],
      ['目录', '正文'],
    ]);
  });

  it('knows page numbers', () => {
    expect(['3', '- 3 -', '—3—', '第 3 页', '第3页 共10页', '3/10', 'Page 3 of 10', 'iv'].every(isPageNumber)).toBe(true);
    expect(['3.5', '一、', '合计 3', '第3节'].some(isPageNumber)).toBe(false);
  });
});
