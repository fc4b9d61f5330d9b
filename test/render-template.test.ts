import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { factKey } from '../src/model/fact.js';
import type { TableId } from '../src/model/table-id.js';
import { analyseFile, extractFile } from '../src/pipeline/analyse.js';
import { draftPackage, readBack, renderPackage, type OutputFormat } from '../src/pipeline/publish.js';
import { findChromium } from '../src/render/pdf.js';
import { isCovered } from '../src/render/grid.js';
import { renderTemplate, type TemplateSheet } from '../src/render/template.js';

const OUT = resolve(import.meta.dirname, '../test-output/render');
mkdirSync(OUT, { recursive: true });

// A made-up department's 2024 package in 万元, internally consistent: 收入 120.00 = 支出 120.00 (社保 20.00 + 农林水
// 100.00); 基本 90.00 = 人员经费 60.00 + 公用经费 30.00; 项目 30.00.
const DEPARTMENT = '青山县农业农村局';
type Fill = { table: TableId; find: string; at?: number; offset: number; value: string; fact: [string, string] };
const fixed: Fill[] = [
  { table: 'T01', find: '一、一般公共预算财政拨款收入', offset: 2, value: '120.00', fact: ['一般公共预算财政拨款收入', '金额'] },
  { table: 'T01', find: '本年收入合计', offset: 2, value: '120.00', fact: ['本年收入合计', '金额'] },
  { table: 'T01', find: '总计', at: 0, offset: 2, value: '120.00', fact: ['收入总计', '金额'] },
  { table: 'T01', find: '八、社会保障和就业支出', offset: 2, value: '20.00', fact: ['208', '金额'] },
  { table: 'T01', find: '十二、农林水支出', offset: 2, value: '100.00', fact: ['213', '金额'] },
  { table: 'T01', find: '本年支出合计', offset: 2, value: '120.00', fact: ['本年支出合计', '金额'] },
  { table: 'T01', find: '总计', at: 3, offset: 2, value: '120.00', fact: ['支出总计', '金额'] },
  { table: 'T04', find: '一、一般公共预算财政拨款', offset: 2, value: '120.00', fact: ['一般公共预算财政拨款', '金额'] },
  { table: 'T04', find: '本年收入合计', offset: 2, value: '120.00', fact: ['本年收入合计', '金额'] },
  { table: 'T04', find: '总计', at: 0, offset: 2, value: '120.00', fact: ['收入总计', '金额'] },
  ...(['合计', '一般公共预算财政拨款'] as const).flatMap((column, k): Fill[] => [
    { table: 'T04', find: '八、社会保障和就业支出', offset: 2 + k, value: '20.00', fact: ['208', column] },
    { table: 'T04', find: '十二、农林水支出', offset: 2 + k, value: '100.00', fact: ['213', column] },
    { table: 'T04', find: '本年支出合计', offset: 2 + k, value: '120.00', fact: ['本年支出合计', column] },
    { table: 'T04', find: '总计', at: 3, offset: 2 + k, value: '120.00', fact: ['支出总计', column] },
  ]),
  { table: 'T06', find: '301', offset: 2, value: '60.00', fact: ['301', '决算数'] },
  { table: 'T06', find: '30101', offset: 2, value: '40.00', fact: ['30101', '决算数'] },
  { table: 'T06', find: '30108', offset: 2, value: '20.00', fact: ['30108', '决算数'] },
  { table: 'T06', find: '302', offset: 2, value: '30.00', fact: ['302', '决算数'] },
  { table: 'T06', find: '30201', offset: 2, value: '30.00', fact: ['30201', '决算数'] },
  { table: 'T06', find: '人员经费合计', offset: 2, value: '60.00', fact: ['人员经费合计', '决算数'] },
  { table: 'T10', find: '合计', offset: 2, value: '10.00', fact: ['政府采购合计', '统计数'] },
  { table: 'T10', find: '货物', offset: 2, value: '10.00', fact: ['货物', '统计数'] },
  { table: 'T10', find: '（一）行政单位', offset: 2, value: '30.00', fact: ['行政单位', '统计数'] },
  { table: 'T10', find: '（一）车辆数合计（辆）', offset: 2, value: '1', fact: ['车辆数合计', '统计数'] },
  { table: 'T10', find: '8. 其他用车', offset: 2, value: '1', fact: ['其他用车', '统计数'] },
];

/** Classification rows typed into the empty rows: code, name, then the amounts of the table's columns. */
const CODED: Partial<Record<TableId, { columns: string[]; total: string[]; rows: string[][] }>> = {
  T02: {
    columns: ['本年收入合计', '财政拨款收入'],
    total: ['120.00', '120.00'],
    rows: [
      ['208', '社会保障和就业支出', '20.00', '20.00'],
      ['20805', '行政事业单位养老支出', '20.00', '20.00'],
      ['2080505', '机关事业单位基本养老保险缴费支出', '20.00', '20.00'],
      ['213', '农林水支出', '100.00', '100.00'],
      ['21301', '农业农村', '100.00', '100.00'],
      ['2130101', '行政运行', '70.00', '70.00'],
      ['2130104', '事业运行', '30.00', '30.00'],
    ],
  },
  T03: {
    columns: ['本年支出合计', '基本支出', '项目支出'],
    total: ['120.00', '90.00', '30.00'],
    rows: [
      ['208', '社会保障和就业支出', '20.00', '20.00', ''],
      ['20805', '行政事业单位养老支出', '20.00', '20.00', ''],
      ['2080505', '机关事业单位基本养老保险缴费支出', '20.00', '20.00', ''],
      ['213', '农林水支出', '100.00', '70.00', '30.00'],
      ['21301', '农业农村', '100.00', '70.00', '30.00'],
      ['2130101', '行政运行', '70.00', '70.00', ''],
      ['2130104', '事业运行', '30.00', '', '30.00'],
    ],
  },
};
CODED.T05 = { ...CODED.T03!, columns: ['小计', '基本支出', '项目支出'] };

function gridRow(sheet: TemplateSheet, text: string, at?: number): { row: number; column: number } {
  for (let r = sheet.layout.headerRows; r < sheet.layout.rows.length; r++) {
    const row = sheet.layout.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const slot = row[c]!;
      if (!isCovered(slot) && slot.text === text && (at === undefined || at === c)) return { row: sheet.firstRow + r, column: c + 1 };
    }
  }
  throw new Error(`${sheet.table}: no row ${text}`);
}

describe('the blank template workbook', () => {
  it('has an instructions sheet, a sheet per table with Chinese headers, and validations; filled in, it reads back exactly and publishes', { timeout: 120_000 }, async () => {
    const template = await renderTemplate({ year: 2024, unit: '万元' });
    writeFileSync(join(OUT, 'template-blank.xlsx'), template.bytes);
    expect(template.sheets.map((s) => s.table)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.name).toBe('填表说明');
    const t02 = template.sheets.find((s) => s.table === 'T02')!;
    const sheet02 = workbook.getWorksheet(t02.sheet)!;
    expect(sheet02.getCell(t02.firstRow, 3).value).toBe('本年收入合计');
    expect(sheet02.getCell(t02.blankRows![0], 1).dataValidation.type).toBe('list');
    expect(sheet02.getCell(t02.blankRows![0], 3).dataValidation.type).toBe('decimal');

    const expected: Record<string, string> = {};
    for (const s of template.sheets) {
      const sheet = workbook.getWorksheet(s.sheet)!;
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.startsWith('部门名称：')) cell.value = `部门名称：${DEPARTMENT}`;
      }));
    }
    for (const f of fixed) {
      const s = template.sheets.find((x) => x.table === f.table)!;
      const { row, column } = gridRow(s, f.find, f.at);
      workbook.getWorksheet(s.sheet)!.getCell(row, column + f.offset).value = Number(f.value);
      expected[factKey({ table: f.table, row: f.fact[0], column: f.fact[1] })] = f.value;
    }
    // 公用经费合计 sits in the last column of the totals row
    const t06 = template.sheets.find((s) => s.table === 'T06')!;
    workbook.getWorksheet(t06.sheet)!.getCell(gridRow(t06, '人员经费合计').row, t06.layout.columns.length).value = 30;
    expected[factKey({ table: 'T06', row: '公用经费合计', column: '决算数' })] = '30.00';
    // 三公: one data row of 预算数 then 决算数
    const t09 = template.sheets.find((s) => s.table === 'T09')!;
    const dataRow = t09.firstRow + t09.layout.headerRows;
    for (const [half, offset, value] of [['预算数', 0, '5.00'], ['决算数', 6, '4.00']] as const) {
      for (const [k, column] of [[0, '合计'], [2, '公务用车购置及运行维护费'], [4, '公务用车运行维护费']] as const) {
        workbook.getWorksheet(t09.sheet)!.getCell(dataRow, offset + k + 1).value = Number(value);
        expected[factKey({ table: 'T09', row: half, column })] = value;
      }
    }
    for (const [id, spec] of Object.entries(CODED) as [TableId, NonNullable<(typeof CODED)['T02']>][]) {
      const s = template.sheets.find((x) => x.table === id)!;
      const sheet = workbook.getWorksheet(s.sheet)!;
      const total = gridRow(s, '合计');
      spec.total.forEach((v, k) => {
        sheet.getCell(total.row, 3 + k).value = Number(v);
        expected[factKey({ table: id, row: '合计', column: spec.columns[k]! })] = v;
      });
      spec.rows.forEach(([code, name, ...amounts], i) => {
        const row = s.blankRows![0] + i;
        sheet.getCell(row, 1).value = code!;
        sheet.getCell(row, 2).value = name!;
        amounts.forEach((v, k) => {
          if (v === '') return;
          sheet.getCell(row, 3 + k).value = Number(v);
          expected[factKey({ table: id, row: code!, column: spec.columns[k]! })] = v;
        });
      });
    }
    const file = join(OUT, 'template-filled.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const read = await extractFile(file);
    expect(Object.fromEntries(read.facts.map((f) => [factKey(f), f.value]))).toEqual(expected);
    expect(read.document).toMatchObject({ department: DEPARTMENT, year: 2024, unit: '万元', kind: '部门决算' });
    expect(read.document.tables).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);
    expect(Object.keys(expected).length).toBeGreaterThan(60);

    // The made-up department's package, drafted from the filled template and published in every format, reads
    // back to the same facts, and neither the template nor any output has an audit error.
    expect((await analyseFile(file)).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const formats: OutputFormat[] = ['html', 'docx', 'xlsx', ...(findChromium() ? (['pdf'] as const) : [])];
    for (const format of formats) {
      const bytes = await renderPackage(draftPackage(read), format);
      writeFileSync(join(OUT, `template-filled-package.${format}`), bytes);
      const back = await readBack(`template-filled-package.${format}`, bytes, read);
      expect(back.differences, format).toEqual([]);
      expect(back.findings.filter((f) => f.severity === 'error'), format).toEqual([]);
      expect(back.disclosure.document, format).toMatchObject({ department: DEPARTMENT, year: 2024, unit: '万元' });
    }
  });
});
