import { describe, expect, it } from 'vitest';
import { NotADisclosureError, TruncatedDocumentError } from '../model/errors.js';
import { readText } from '../read/text-reader.js';
import { MINI_DISCLOSURE } from '../../test/support/mini-disclosure.js';
import { extractDisclosure } from './index.js';

const extract = (text: string) => extractDisclosure(readText('doc.txt', text));
const value = (text: string, table: string, row: string, column: string) =>
  extract(text).facts.find((f) => f.table === table && f.row === row && f.column === column)?.value;

describe('extractDisclosure', () => {
  const d = extract(MINI_DISCLOSURE);

  it('reads the document metadata', () => {
    expect(d.document).toMatchObject({ department: '测试县示例局', region: '测试县', year: 2024, kind: '部门决算', unit: '万元' });
    expect(d.document.tables).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);
  });

  it('keys every number by table, row and column, exact and with its source', () => {
    const fact = d.facts.find((f) => f.table === 'T03' && f.row === '2101501' && f.column === '基本支出');
    expect(fact).toMatchObject({ value: '60.00', unit: '万元', yuan: '600000' });
    expect(fact?.source).toMatchObject({ column: 4 });
    expect(d.facts.filter((f) => f.table === 'T01').map((f) => `${f.row}=${f.value}`).sort()).toEqual(
      ['208=10.00', '210=90.00', '一般公共预算财政拨款收入=100.00', '支出总计=100.00', '收入总计=100.00', '本年支出合计=100.00', '本年收入合计=100.00'].sort(),
    );
    expect(d.facts.filter((f) => f.table === 'T09')).toHaveLength(6);
    expect(d.facts.find((f) => f.table === 'T10' && f.row === '车辆数合计')).toMatchObject({ value: '1', unit: '辆' });
    expect(d.facts.find((f) => f.table === 'T06' && f.row === '公用经费合计')?.value).toBe('15.00');
    expect(d.facts.some((f) => f.table === 'T06' && f.row === '309')).toBe(false); // —— is not a number
  });

  it('records empty tables with their 说明 and keeps the narrative out of the tables', () => {
    expect(d.tables.find((t) => t.id === 'T07')).toMatchObject({ reading: { status: 'empty' }, note: '说明：本表无数据', label: '公开07表' });
    expect(d.sections.at(-1)?.path).toEqual(['第三部分 情况说明', '一、收入支出决算总体情况说明']);
    expect(d.sections.flatMap((s) => s.paragraphs).some((p) => p.text.includes('\t'))).toBe(false);
  });

  it('accounts for every number printed in a table: facts, 栏次, 行次 and codes, nothing unread', () => {
    for (const t of d.tables) expect(t.reading.unread, t.id).toEqual([]);
    const t03 = d.tables.find((t) => t.id === 'T03')!.reading;
    expect(t03).toMatchObject({ status: 'complete', facts: d.facts.filter((f) => f.table === 'T03').length });
    expect(t03.numbers).toBe(t03.facts + t03.nonFacts);
  });

  it('reports numbers the reader could not place as unread, never as blanks', () => {
    // a row whose code is unrecognisable: its amounts are printed but belong to no row
    const text = MINI_DISCLOSURE.replace('2101502\t一般行政管理事务\t30.00\t\t30.00', '？？\t一般行政管理事务\t30.00\t\t30.00');
    const t03 = extract(text).tables.find((t) => t.id === 'T03')!.reading;
    expect(t03.status).toBe('partial');
    expect(t03.unread.map((u) => u.text)).toEqual(['30.00', '30.00']);
    expect(t03.unread[0]).not.toHaveProperty('row');
    // a table whose grid was lost: every amount is unread, the table is not empty
    const lost = MINI_DISCLOSURE.replace(/^(\d{3,7}|合计)\t.*$/gm, (line) => line.replace(/\t/g, '  '));
    const t05 = extract(lost).tables.find((t) => t.id === 'T05')!.reading;
    expect(t05.status).toBe('unread');
    expect(t05.unread.length).toBeGreaterThan(0);
  });

  it('reports an amount whose glyphs the copy does not give as unread on its row, never as a blank', () => {
    // boxes for glyphs the copy could not show, a replacement character, a private-use glyph of a PDF font
    for (const garbled of ['■■.■■', '3\uFFFD.00', '\uE012\uE013.00']) {
      const text = MINI_DISCLOSURE.replace('2101502\t一般行政管理事务\t30.00\t\t30.00', `2101502\t一般行政管理事务\t${garbled}\t\t30.00`);
      const { facts, tables } = extract(text);
      const t03 = tables.find((t) => t.id === 'T03')!.reading;
      expect(t03.status, garbled).toBe('partial');
      expect(t03.unread, garbled).toEqual([expect.objectContaining({ text: garbled, row: '2101502' })]);
      expect(facts.some((f) => f.table === 'T03' && f.row === '2101502' && f.column === '本年支出合计'), garbled).toBe(false);
    }
    // a label missing a glyph is a label, not a number
    const label = MINI_DISCLOSURE.replace('2101502\t一般行政管理事务', '2101502\t一般行政管理■务');
    expect(extract(label).tables.find((t) => t.id === 'T03')!.reading.status).toBe('complete');
  });

  it('does not refuse a document whose contents wrap a part heading onto two lines', () => {
    const text = MINI_DISCLOSURE.replace('第二部分 2024年部门决算表 .....\t1', '第二部分 2024年部门决算\n表').replace('第三部分 情况说明 .....\t1', '第三部分 情况\n说明');
    expect(extract(text).document.tables).toHaveLength(10);
  });

  it('identifies tables by title whatever their printed number, in 元, with 1.00 row numbers', () => {
    const text = MINI_DISCLOSURE.replace('公开09表', '公开07表').replace('金额单位：万元', '金额单位：元').replace('\t27\t100.00', '\t27.00\t1,000,000.00');
    expect(value(text, 'T09', '决算数', '合计')).toBe('4.00');
    expect(value(text, 'T01', '本年收入合计', '金额')).toBe('1000000.00');
    expect(extract(text).facts.find((f) => f.table === 'T01')?.unit).toBe('元');
  });

  it('joins a title split over two lines', () => {
    const text = MINI_DISCLOSURE.replace('## 一般公共预算财政拨款基本支出决算明细表', '一般公共预算财政拨款基本支出\n决算明细表');
    expect(value(text, 'T06', '30101', '决算数')).toBe('45.00');
  });

  it('refuses what is neither a final-accounts nor a budget disclosure', () => {
    expect(() => extract('第一章\n\n那是一个晴朗的早晨，他走出家门。\n')).toThrow(NotADisclosureError);
  });

  it('reads a budget as a budget, with the tables of a budget only', () => {
    const d = extract('测试县示例局\n2025年部门预算公开\n一、收入预算\n支出预算总表\n单位：万元\n合计\t基本支出\t项目支出\n100.00\t60.00\t40.00\n');
    expect(d.document).toMatchObject({ kind: '部门预算', year: 2025, tables: ['B03'] });
    expect(d.facts.map((f) => `${f.row}|${f.column}=${f.value}`)).toEqual(['合计|合计=100.00', '合计|基本支出=60.00', '合计|项目支出=40.00']);
  });

  it('refuses a truncated document instead of reporting its missing parts', () => {
    const cut = MINI_DISCLOSURE.slice(0, MINI_DISCLOSURE.indexOf('## 财政拨款收入支出决算总表'));
    expect(() => extract(cut)).toThrow(TruncatedDocumentError);
  });
});
