import { describe, expect, it } from 'vitest';
import { buildDisclosure, cells } from '../../test/support/disclosure.js';
import { RenderError, UnplacedFactsError } from './errors.js';
import { isCovered, type PrintedCell } from './grid.js';
import { layoutTable } from './table-layout.js';

const texts = (rows: ReturnType<typeof layoutTable>['rows']) => rows.map((r) => r.map((s) => (isCovered(s) ? '' : s.text)));

describe('layoutTable', () => {
  const disclosure = buildDisclosure({
    facts: [
      ...cells('T05', { 合计: { 小计: '100.00', 基本支出: '70.00', 项目支出: '30.00' }, '2101501': { 小计: '60.00', 基本支出: '60.00' } }),
      ...cells('T01', { 收入总计: { 金额: '100.00' }, '210': { 金额: '90.00' } }),
      ...cells('T06', { '30101': { 决算数: '45.00' }, 人员经费合计: { 决算数: '45.00' } }),
    ],
    tables: ['T01', 'T05', 'T06', 'T08'],
    names: { T06: { '309': '资本性支出（基本建设）', '30201': '办公费' } },
  });

  it('prints a coded table with merged headers, 栏次, 合计 and code rows with catalog names, values as given', () => {
    const table = layoutTable(disclosure, 'T05', { label: '公开05表' });
    expect(table.headerRows).toBe(3);
    expect(texts(table.rows).slice(0, 5)).toEqual([
      ['项目', '', '本年支出', '', ''],
      ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
      ['栏次', '', '1', '2', '3'],
      ['合计', '', '100.00', '70.00', '30.00'],
      ['2101501', '行政运行', '60.00', '60.00', ''],
    ]);
    expect((table.rows[4]![2] as PrintedCell).value).toBe('60.00');
    expect(table.orientation).toBe('portrait');
  });

  it('prints split 类 | 款 | 项 code columns under a merged 科目编码 when asked, single by default', () => {
    const table = layoutTable(disclosure, 'T05', { label: '公开05表', codeColumns: 'split' });
    expect(table.headerRows).toBe(4);
    expect(table.columns).toEqual(['code-part', 'code-part', 'code-part', 'name', 'amount', 'amount', 'amount']);
    expect(texts(table.rows)).toEqual([
      ['项目', '', '', '', '本年支出', '', ''],
      ['科目编码', '', '', '科目名称', '小计', '基本支出', '项目支出'],
      ['类', '款', '项', '', '', '', ''],
      ['栏次', '', '', '', '1', '2', '3'],
      ['合计', '', '', '', '100.00', '70.00', '30.00'],
      ['210', '15', '01', '行政运行', '60.00', '60.00', ''],
    ]);
    const at = (r: number, c: number) => table.rows[r]![c] as PrintedCell;
    expect([at(0, 0).colSpan, at(1, 0).colSpan, at(1, 3).rowSpan, at(1, 4).rowSpan, at(3, 0).colSpan, at(4, 0).colSpan]).toEqual([4, 3, 2, 2, 4, 4]);
    // three narrow code columns do not turn a three-amount table landscape
    expect(table.orientation).toBe('portrait');
    expect(layoutTable(disclosure, 'T05', { label: '公开05表' }).columns[0]).toBe('code');
    expect(layoutTable(disclosure, 'T05', { label: '公开05表' }).headerRows).toBe(3);
  });

  it('prints each code with all its parts and non-grouped headers spanning the three header rows', () => {
    const t03 = buildDisclosure({ facts: cells('T03', { '208': { 本年支出合计: '1.00' }, '20805': { 本年支出合计: '1.00' }, '2080505': { 本年支出合计: '1.00' } }) });
    const table = layoutTable(t03, 'T03', { label: '公开03表', codeColumns: 'split' });
    const rows = texts(table.rows);
    expect(rows.slice(5).map((r) => r.slice(0, 4))).toEqual([
      ['208', '', '', '社会保障和就业支出'],
      ['208', '05', '', '行政事业单位养老支出'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出'],
    ]);
    expect((table.rows[0]![4] as PrintedCell).rowSpan).toBe(3);
    expect(rows[2]!.slice(0, 3)).toEqual(['类', '款', '项']);
  });

  it('refuses to split a code that has no 类/款/项 parts', () => {
    const odd = buildDisclosure({ facts: cells('T03', { '2080': { 本年支出合计: '1.00' } }) });
    expect(() => layoutTable(odd, 'T03', { label: '公开03表', codeColumns: 'split' })).toThrow(RenderError);
    expect(layoutTable(odd, 'T03', { label: '公开03表' }).rows.some((r) => r.some((s) => !isCovered(s) && s.text === '2080'))).toBe(true);
  });

  it('prints the two-sided 公开01 with the 26 classes on the expenditure side and row numbers', () => {
    const table = layoutTable(disclosure, 'T01', { label: '公开01表' });
    const rows = texts(table.rows);
    expect(rows[3]!.slice(0, 2)).toEqual(['一、一般公共预算财政拨款收入', '1']);
    expect(rows.find((r) => r[3] === '九、卫生健康支出')).toEqual(['', '9', '', '九、卫生健康支出', '40', '90.00']);
    expect(rows.at(-1)).toEqual(['总计', '31', '100.00', '总计', '62', '']);
  });

  it('prints 公开06 in blocks with —— for 309/311 and the totals on one row', () => {
    const table = layoutTable(disclosure, 'T06', { label: '公开06表' });
    const rows = texts(table.rows);
    expect(rows[0]).toContain('人员经费');
    // 309 is not basic expenditure: its 决算数 prints ——
    expect(rows.find((r) => r.includes('309'))).toContain('——');
    expect(rows.at(-1)![0]).toBe('人员经费合计');
    expect(rows.at(-1)![2]).toBe('45.00');
    expect(table.orientation).toBe('landscape');
  });

  it('keeps an empty table with its 说明 and a blank 合计 row', () => {
    const table = layoutTable(disclosure, 'T08', { label: '公开08表', note: '本单位没有国有资本经营预算财政拨款支出，故本表无数据。' });
    expect(table.empty).toBe(true);
    expect(table.notes.at(-1)).toBe('说明：本单位没有国有资本经营预算财政拨款支出，故本表无数据。');
    expect(texts(table.rows)[3]).toEqual(['合计', '', '', '', '']);
  });

  it('refuses to drop a fact the template has no cell for', () => {
    const odd = buildDisclosure({ facts: cells('T09', { 预算数: { 会议费: '1.00' } }) });
    expect(() => layoutTable(odd, 'T09', { label: '公开09表' })).toThrow(UnplacedFactsError);
  });
});
