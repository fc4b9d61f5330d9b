import { describe, expect, it } from 'vitest';
import type { Layout } from '../read/layout.js';
import { readText } from '../read/text-reader.js';
import { layoutLines, parseCellRef, sheetView, textsInBox, textView } from './source-view.js';

describe('text source views', () => {
  const layout = readText('x.txt', ['标题', '', '项目\t金额', '合计\t100.00', ...Array.from({ length: 30 }, (_, i) => `第${i + 5}行`)].join('\n'));

  it('numbers the lines as the reader does, with the cells of table rows', () => {
    const lines = layoutLines(layout);
    expect(lines[0]).toEqual({ line: 1, text: '标题' });
    expect(lines[2]).toMatchObject({ line: 4, cells: [{ column: 1, text: '合计' }, { column: 2, text: '100.00' }] });
  });

  it('shows the lines around the source and says whether more text exists', () => {
    const view = textView(layoutLines(layout), { line: 4, column: 2 }, 2);
    expect(view.lines.map((l) => l.line)).toEqual([1, 3, 4, 5, 6]);
    expect(view).toMatchObject({ kind: 'text', line: 4, column: 2, before: false, after: true });
    expect(textView(layoutLines(layout), { line: 34 }, 2)).toMatchObject({ before: true, after: false });
  });
});

describe('sheet source views', () => {
  const cell = (ref: string, text: string) => ({ text, source: { sheet: '表1', cell: ref } });
  const layout: Layout = {
    file: 'x.xlsx',
    format: 'xlsx',
    blocks: [
      { kind: 'line', text: '支出决算表', source: { sheet: '表1', cell: 'A1' } },
      { kind: 'grid', source: { sheet: '表1', cell: 'A3' }, rows: [
        { source: { sheet: '表1', cell: 'A3' }, cells: [cell('A3', '项目'), cell('B3', '合计')] },
        { source: { sheet: '表1', cell: 'A4' }, cells: [cell('A4', '208'), cell('B4', '82.46')] },
      ] },
      { kind: 'line', text: '别的表', source: { sheet: '表2', cell: 'A1' } },
    ],
  };

  it('parses cell references', () => {
    expect(parseCellRef('AB12')).toEqual({ col: 28, row: 12 });
    expect(parseCellRef('12')).toBeUndefined();
  });

  it('gives the grid around the cell, with only that sheet’s cells', () => {
    const view = sheetView(layout, { sheet: '表1', cell: 'B4' }, 5)!;
    expect(view.columns).toEqual(['A', 'B']);
    expect(view.rows).toEqual([
      { row: 1, cells: ['支出决算表', null] },
      { row: 3, cells: ['项目', '合计'] },
      { row: 4, cells: ['208', '82.46'] },
    ]);
  });
});

describe('page boxes', () => {
  it('finds the stored texts inside a box on the page (edges shared with neighbours do not count)', () => {
    const items = [
      { text: 'T03 合计 · 本年支出合计：2262.43', source: { page: 3, bbox: [100, 100, 160, 120] as [number, number, number, number] } },
      { text: '旁边的格子', source: { page: 3, bbox: [160, 100, 220, 120] as [number, number, number, number] } },
      { text: '别的页', source: { page: 4, bbox: [100, 100, 160, 120] as [number, number, number, number] } },
      { text: '文本行', source: { line: 3 } },
    ];
    expect(textsInBox(items, 3, [100, 100, 160, 120])).toEqual(['T03 合计 · 本年支出合计：2262.43']);
  });
});
