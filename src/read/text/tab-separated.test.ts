import { describe, expect, it } from 'vitest';
import type { GridBlock, LineBlock } from '../layout.js';
import { readTabSeparated } from './tab-separated.js';

describe('readTabSeparated', () => {
  it('turns tab-separated lines into one grid, across blank lines', () => {
    const layout = readTabSeparated('t.txt', '标题\n\na\tb\n\nc\td\n结尾');
    expect(layout.blocks.map((b) => b.kind)).toEqual(['line', 'grid', 'line']);
    const grid = layout.blocks[1] as GridBlock;
    expect(grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(grid.rows[1]!.cells[1]!.source).toEqual({ line: 5, column: 2 });
  });

  it('reads a lone tab-terminated line as a line, not a one-cell table', () => {
    const layout = readTabSeparated('t.txt', '正文。\n六、基本支出决算情况说明\t\n正文。');
    expect(layout.blocks.map((b) => b.kind)).toEqual(['line', 'line', 'line']);
    expect((layout.blocks[1] as LineBlock).text).toBe('六、基本支出决算情况说明');
  });

  it('removes markup and keeps heading levels and line numbers', () => {
    const layout = readTabSeparated('t.txt', '## <b>第一部分</b> 概况\n[bookmark: _Toc1]一、部门职责\n**加粗**\t<b>1</b>');
    const [heading, line, grid] = layout.blocks as [LineBlock, LineBlock, GridBlock];
    expect(heading).toMatchObject({ text: '第一部分 概况', heading: 2, bold: true, source: { line: 1 } });
    expect(line).toMatchObject({ text: '一、部门职责', source: { line: 2 } });
    expect(grid.rows[0]!.cells.map((c) => c.text)).toEqual(['加粗', '1']);
  });
});
