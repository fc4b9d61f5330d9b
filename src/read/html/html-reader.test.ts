import { describe, expect, it } from 'vitest';
import { EmptyFileError } from '../../model/errors.js';
import type { GridBlock, LineBlock } from '../layout.js';
import { readHtml } from './html-reader.js';

const html = (body: string) => new TextEncoder().encode(`<!DOCTYPE html><html><head><title>标题不读</title><style>p{}</style></head><body>${body}</body></html>`);
const texts = (grid: GridBlock) => grid.rows.map((r) => r.cells.map((c) => c.text));

describe('readHtml', () => {
  it('reads headings, paragraphs and line breaks in reading order, leaving out scripts and hidden content', () => {
    const layout = readHtml('a.html', html(`<h1>部门决算</h1><div>第一行<br>第二行</div><p>&nbsp;&nbsp;正文  <b>加粗</b>
      文字</p><script>var t = '<p>不读</p>';</script><p style="display:none">隐藏</p><p><strong>全部加粗</strong></p><h3><span>三级</span>标题</h3>`));
    expect(layout.format).toBe('html');
    expect((layout.blocks as LineBlock[]).map((l) => [l.text, l.heading, l.bold])).toEqual([
      ['部门决算', 1, undefined],
      ['第一行', undefined, undefined],
      ['第二行', undefined, undefined],
      ['正文 加粗 文字', undefined, undefined],
      ['全部加粗', undefined, true],
      ['三级标题', 3, undefined],
    ]);
    expect(layout.blocks.map((b) => b.source)).toEqual([1, 2, 3, 4, 5, 6].map((line) => ({ line })));
  });

  it('places cells by colspan and rowspan, <br> inside a cell as a new line, th as bold', () => {
    const layout = readHtml('a.html', html(`<p>收入决算表</p><table>
      <thead><tr><th colspan="2">项目</th><th rowspan="2">本年收入合计</th><th colspan=2>其中</th></tr>
      <tr><th>科目代码</th><th>科目名称</th><th>财政拨款</th><th>其他</th></tr></thead>
      <tbody><tr><td>201</td><td>一般公共<br>服务支出</td><td>1.00</td><td>1.00</td></tr>
      <tr><td rowspan="2">合计</td><td></td><td>2.00</td></tr><tr><td>x</td><td>y</td></tr></tbody></table><p>注：说明</p>`));
    const grid = layout.blocks[1] as GridBlock;
    expect(texts(grid)).toEqual([
      ['项目', '', '本年收入合计', '其中', ''],
      ['科目代码', '科目名称', '', '财政拨款', '其他'],
      ['201', '一般公共\n服务支出', '1.00', '1.00', ''],
      ['合计', '', '2.00', '', ''],
      ['', 'x', 'y', '', ''],
    ]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ colSpan: 2, bold: true, source: { line: 2, column: 1 } });
    expect(grid.rows[0]!.cells[2]).toMatchObject({ rowSpan: 2 });
    expect(grid.rows[3]!.cells[0]).toMatchObject({ rowSpan: 2 });
    expect((layout.blocks[2] as LineBlock).source).toEqual({ line: 7 });
  });

  it('reads a table that lays the page out as flowing text, and the tables inside it as grids', () => {
    const layout = readHtml('a.html', html(`<table><tr><td><h2>支出决算表</h2><table><caption>公开03表</caption><tr><td>合计</td><td>1.00</td></tr></table></td></tr><tr><td>页脚</td></tr></table>`));
    expect(layout.blocks.map((b) => (b.kind === 'line' ? b.text : texts(b)))).toEqual(['支出决算表', '公开03表', [['合计', '1.00']], '页脚']);
  });

  it('says a page without any text is empty', () => {
    expect(() => readHtml('空.html', html('<script>1</script>'))).toThrow(EmptyFileError);
  });
});
