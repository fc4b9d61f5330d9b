import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EmptyFileError, UnsupportedFormatError } from '../../model/errors.js';
import { xlsxPackage, zipParts } from '../../../test/support/ooxml.js';
import type { GridBlock, LineBlock } from '../layout.js';
import { DEFAULT_XLSX_OPTIONS, readXlsx } from './xlsx-reader.js';

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const texts = (grid: GridBlock) => grid.rows.map((r) => r.cells.map((c) => c.text));

describe('readXlsx', () => {
  it('reads titles as lines and the table as a grid, numbers as their format shows them, formulas by cached value', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('公开01表');
      ws.getCell('A1').value = '收入支出决算总表';
      ws.mergeCells('A1:D1');
      ws.getCell('A1').font = { bold: true };
      ws.getCell('D2').value = '金额单位：万元';
      const table: (string | number | ExcelJS.CellValue)[][] = [
        ['项目', '', '本年支出', ''],
        ['科目代码', '科目名称', '基本支出', '项目支出'],
        ['合计', '', { formula: 'C6+C7', result: 2262.43 }, 100],
        [201, '一般公共服务支出', 0.1 + 0.2, '30.00'],
        ['2010101', '行政运行', 1.005, 1234567.5],
      ];
      table.forEach((row, r) => row.forEach((v, c) => {
        const cell = ws.getCell(3 + r, 1 + c);
        if (v !== '') cell.value = v as ExcelJS.CellValue;
        cell.border = BOX;
        cell.numFmt = c === 0 ? '0' : c === 3 && r === 4 ? '#,##0.00' : '0.00_ ';
      }));
      ws.mergeCells('A3:B3');
      ws.mergeCells('C3:D3');
      ws.getCell('A8').value = { richText: [{ text: '注：' }, { text: '本表反映…', font: { bold: true } }] };
      const hidden = wb.addWorksheet('隐藏');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = '不应读取';
      wb.addWorksheet('说明').getCell('B2').value = '第三部分 情况说明';
    });
    const layout = await readXlsx('a.xlsx', bytes);
    expect(layout.format).toBe('xlsx');
    expect(layout.blocks.map((b) => b.kind)).toEqual(['line', 'line', 'grid', 'line', 'line']);
    const [title, unit, grid, note, other] = layout.blocks as [LineBlock, LineBlock, GridBlock, LineBlock, LineBlock];
    expect(title).toMatchObject({ text: '收入支出决算总表', bold: true, source: { sheet: '公开01表', cell: 'A1' } });
    expect(unit.source).toEqual({ sheet: '公开01表', cell: 'D2' });
    expect(texts(grid)).toEqual([
      ['项目', '', '本年支出', ''],
      ['科目代码', '科目名称', '基本支出', '项目支出'],
      ['合计', '', '2262.43', '100.00'],
      ['201', '一般公共服务支出', '0.30', '30.00'],
      ['2010101', '行政运行', '1.01', '1,234,567.50'],
    ]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ colSpan: 2, source: { sheet: '公开01表', cell: 'A3' } });
    expect(grid.rows[2]!.cells[2]!.source).toEqual({ sheet: '公开01表', cell: 'C5' });
    expect(note.text).toBe('注：本表反映…');
    expect(other).toMatchObject({ text: '第三部分 情况说明', source: { sheet: '说明', cell: 'B2' } });
  });

  it('reads a sheet written by hand: inline strings, a formula never calculated, the namespace under a prefix', async () => {
    const sheet = `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>科目</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>金额</x:t></x:is></x:c></x:row>
      <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>合计</x:t></x:is></x:c><x:c r="B2"><x:f>1+1</x:f></x:c></x:row>
      <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>201</x:t></x:is></x:c><x:c r="B3"><x:v>3.5</x:v></x:c></x:row>`;
    const parts = xlsxPackage('');
    parts['xl/worksheets/sheet1.xml'] = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${sheet}</x:sheetData></x:worksheet>`;
    const layout = await readXlsx('b.xlsx', zipParts(parts));
    expect(texts(layout.blocks[0] as GridBlock)).toEqual([
      ['科目', '金额'],
      ['合计', ''],
      ['201', '3.5'],
    ]);
  });

  it('says an empty workbook is empty, and refuses a sheet beyond the cell limit', async () => {
    await expect(readXlsx('空.xlsx', zipParts(xlsxPackage('')))).rejects.toThrow(EmptyFileError);
    const rows = Array.from({ length: 200 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r}</v></c>`).join('')}</row>`).join('');
    await expect(readXlsx('大.xlsx', zipParts(xlsxPackage(rows)), { ...DEFAULT_XLSX_OPTIONS, maxCells: 1000 })).rejects.toThrow(/大\.xlsx.*单元格超过 1,000 个/);
  });

  it('refuses a package that is not a workbook or is broken, naming the file', async () => {
    await expect(readXlsx('x.xlsx', zipParts({ 'xl/styles.xml': '<a/>' }))).rejects.toThrow(/x\.xlsx.*xl\/workbook\.xml/);
    const parts = xlsxPackage('<row r="1"><c r="A1"><v>1</v></c></row>');
    parts['xl/workbook.xml'] = '<workbook><sheets>';
    await expect(readXlsx('坏.xlsx', zipParts(parts))).rejects.toThrow(UnsupportedFormatError);
  });
});
