import { describe, expect, it } from 'vitest';
import { pageGrid, pageLine, pdfPage } from '../../../test/support/pdf-pages.js';
import type { PageGrid } from './page-model.js';
import { joinContinuedTables } from './continuations.js';

const header = ['科目编码', '科目名称', '金额'];
const grids = (pages: ReturnType<typeof joinContinuedTables>) => pages.flatMap((p) => p.blocks.filter((b): b is PageGrid => b.kind === 'grid'));
const texts = (g: PageGrid) => g.grid.rows.map((r) => r.cells.map((c) => c.text));

describe('joinContinuedTables', () => {
  it('appends a table continued over two more pages, without its repeated header', () => {
    const pages = [
      pdfPage(1, [pageLine(1, '收入决算表', 250, 60), pageGrid(1, [60, 120, 280, 360], 100, [header, ['208', '社会保障和就业支出', '10.00']])]),
      pdfPage(2, [pageGrid(2, [60, 120, 280, 360], 60, [header, ['210', '卫生健康支出', '20.00']])]),
      pdfPage(3, [pageGrid(3, [60, 120, 280, 360], 60, [['221', '住房保障支出', '5.00']]), pageLine(3, '注：本表反映……', 60, 100)]),
    ];
    const [table, ...others] = grids(joinContinuedTables(pages));
    expect(others).toEqual([]);
    expect(texts(table!)).toEqual([header, ['208', '社会保障和就业支出', '10.00'], ['210', '卫生健康支出', '20.00'], ['221', '住房保障支出', '5.00']]);
    expect(table!.grid.rows[3]!.source).toMatchObject({ page: 3 });
  });

  it('maps a continuation drawn with other column borders onto the first page’s columns', () => {
    const next = pageGrid(2, [61, 200, 300, 359], 60, [['210 卫生健康支出', '', '20.00']]);
    next.grid.rows[0]!.cells[2]!.confidence = 0.4; // an OCR'd page keeps its confidence
    const pages = [pdfPage(1, [pageGrid(1, [60, 120, 280, 360], 100, [header])]), pdfPage(2, [next])];
    const [table] = grids(joinContinuedTables(pages));
    expect(texts(table!)).toEqual([header, ['210 卫生健康支出', '', '20.00']]);
    expect(table!.grid.rows[1]!.cells.map((c) => c.confidence)).toEqual([undefined, undefined, 0.4]);
  });

  it('spreads a header alone at a page’s foot over the finer columns of its continuation', () => {
    const top = pageGrid(1, [60, 210, 360], 700, [['收入', '支出']]);
    const rest = pageGrid(2, [60, 150, 210, 300, 360], 60, [['项目', '预算数', '项目', '预算数'], ['一般公共预算', '10.00', '一般公共服务支出', '10.00']]);
    const [table, ...others] = grids(joinContinuedTables([pdfPage(1, [top]), pdfPage(2, [rest])]));
    expect(others).toEqual([]);
    expect(table!.columns).toEqual([60, 150, 210, 300, 360]);
    expect(texts(table!)).toEqual([['收入', '', '支出', ''], ['项目', '预算数', '项目', '预算数'], ['一般公共预算', '10.00', '一般公共服务支出', '10.00']]);
    expect(table!.grid.rows[0]!.cells.map((c) => c.colSpan)).toEqual([2, undefined, 2, undefined]);
  });

  it('keeps the first page’s columns when it holds numbers (the continuation is mapped onto them instead)', () => {
    const top = pageGrid(1, [60, 210, 360], 700, [['一般公共预算', '10.00']]);
    const rest = pageGrid(2, [60, 150, 210, 300, 360], 60, [['一般公共服务支出', '', '', '5.00']]);
    const [table] = grids(joinContinuedTables([pdfPage(1, [top]), pdfPage(2, [rest])]));
    expect(table!.columns).toEqual([60, 210, 360]);
    expect(texts(table!)).toEqual([['一般公共预算', '10.00'], ['一般公共服务支出', '5.00']]);
  });

  it('leaves a page apart whose numbers the first page’s columns would put two in one cell (a 行次 run into an amount)', () => {
    const next = pageGrid(2, [61, 200, 300, 359], 60, [['九、卫生健康支出', '40', '236.63']]);
    const pages = [pdfPage(1, [pageGrid(1, [60, 120, 280, 360], 100, [header, ['208', '社会保障和就业支出', '10.00']])]), pdfPage(2, [next])];
    expect(grids(joinContinuedTables(pages)).map(texts)).toEqual([
      [header, ['208', '社会保障和就业支出', '10.00']],
      [['九、卫生健康支出', '40', '236.63']],
    ]);
  });

  it('leaves apart tables of another width or with text between them', () => {
    const narrow = [pdfPage(1, [pageGrid(1, [60, 120, 280, 360], 100, [header])]), pdfPage(2, [pageGrid(2, [60, 200], 60, [['另一张表', '']])])];
    expect(grids(joinContinuedTables(narrow))).toHaveLength(2);
    const titled = [pdfPage(1, [pageGrid(1, [60, 120, 280, 360], 100, [header])]), pdfPage(2, [pageLine(2, '支出决算表', 250, 40), pageGrid(2, [60, 120, 280, 360], 60, [header])])];
    expect(grids(joinContinuedTables(titled))).toHaveLength(2);
  });
});
