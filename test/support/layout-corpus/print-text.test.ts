import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from './corpus-document.js';
import { cell, RowBuilder, type CorpusTable } from './corpus-table.js';
import { displayWidth } from './column-widths.js';
import { printText } from './print-text.js';

/** A coded table of two rows whose names wrap over three lines, the amounts vertically centred. */
function table(valign: 'top' | 'middle' | 'bottom'): CorpusTable {
  const rows = new RowBuilder(3)
    .add('header', [cell('科目编码', 'header'), cell('科目名称', 'header'), cell('决算数', 'header')])
    .add('body', [cell('2080505', 'code', { valign }), cell('', 'name', { lines: ['机关事业', '单位基本', '养老保险'], valign: 'top' }), cell('10.00', 'amount', { valign })])
    .add('body', [cell('2080506', 'code', { valign }), cell('', 'name', { lines: ['机关事业', '单位职业', '年金'], valign: 'top' }), cell('', 'amount', { valign })]).rows;
  return { id: 'T03', label: '公开03表', title: '支出决算表', unitLine: '金额单位：万元', columns: ['code', 'name', 'amount'], rows, notes: [], orientation: 'portrait' };
}

const doc = (t: CorpusTable): CorpusDocument => ({ info: { department: '测试县示例局', year: 2024, unit: '万元', tables: ['T03'] }, blocks: [{ kind: 'table', table: t, rows: [0, 1, 2] }] });

describe('plain-text copies of the corpus model', () => {
  it('put a vertically centred cell on the middle line of a three-line row', () => {
    const lines = printText(doc(table('middle')), { style: 'tabs' }).split('\n');
    expect(lines).toEqual(['科目编码\t科目名称\t决算数', '\t机关事业\t', '2080505\t单位基本\t10.00', '\t养老保险\t', '\t机关事业\t', '2080506\t单位职业\t', '\t年金\t']);
  });

  it('align columns with runs of spaces, numbers to the right', () => {
    const lines = printText(doc(table('bottom')), { style: 'spaces' }).split('\n');
    expect(lines[3]).toMatch(/^2080505 {2,}养老保险 {2,}10\.00$/);
    const at = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(at(lines[0]!, '科目名称')).toBe(at(lines[3]!, '养老保险'));
  });

  it('drop blank cells when cells are separated by one space', () => {
    expect(printText(doc(table('top')), { style: 'single-space' }).split('\n').slice(1, 3)).toEqual(['2080505 机关事业 10.00', '单位基本']);
  });

  it('interleave the characters of two names whose lines meet on one baseline', () => {
    const lines = printText(doc(table('middle')), { style: 'single-space', interleave: true }).split('\n');
    expect(lines).toEqual(['科目编码 科目名称 决算数', '机关事业', '2080505 单位基本 10.00', '养机老关保事险业', '2080506 单位职业', '年金']);
  });
});
