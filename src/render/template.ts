// The blank workbook a finance officer fills in (`juesuan template`): an instructions sheet, then one sheet per
// standard table laid out exactly as the rendered XLSX (same headers, same merges, same fixed rows), with empty
// rows to type the classification rows into and data validation on codes, units and amounts. Because it is the
// same layout, a filled-in template reads back through the XLSX reader and the extractor like any export.
import ExcelJS from 'exceljs';
import { FUNCTION_CODES } from '../catalog/function-codes.js';
import { familySpec, tableSpec } from '../catalog/kinds/index.js';
import type { Disclosure } from '../model/disclosure.js';
import { TERMS as T } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';
import { isCovered } from './grid.js';
import { layoutTable, type PrintedTable } from './table-layout.js';
import { sheetName, writeTableSheet } from './xlsx.js';

export interface TemplateOptions {
  department?: string;
  year?: number;
  unit?: '万元' | '元';
  /** Tables to include, in print order; all ten by default. */
  tables?: TableId[];
  /** Empty rows under 合计 for the classification rows of 公开02/03/05/07/08. */
  blankRows?: number;
}

/** Where each table sits in the template workbook (1-based sheet rows). */
export interface TemplateSheet {
  table: TableId;
  sheet: string;
  layout: PrintedTable;
  /** Sheet row of the grid's first (header) row: grid row i is sheet row firstRow + i. */
  firstRow: number;
  /** Sheet rows of the empty rows added for classification codes (none for fixed-row tables). */
  blankRows: [number, number] | undefined;
}

export interface TemplateWorkbook {
  bytes: Uint8Array;
  sheets: TemplateSheet[];
}

const CODE_LIST_SHEET = '科目代码';
const INSTRUCTIONS = [
  '填表说明',
  '1. 本工作簿按部门决算公开表样编制，每张表一个工作表，表头、行次和固定行与公开表样一致，请勿增删列或改动表头。',
  '2. 请在各表“部门名称：”后填写部门全称；“金额单位”可选万元或元，各表应一致。',
  '3. 金额一律填写数字，保留两位小数（单元格已设好格式）；没有数的格子留空，不要填写0以外的文字。',
  '4. 收入决算表、支出决算表、一般公共预算财政拨款支出表、政府性基金表、国有资本经营表：先填“合计”行，再在其下空行按类（3位）、款（5位）、项（7位）顺序逐行填写科目编码、科目名称和金额；科目编码可从下拉列表选择，列表外的编码会提示核对。',
  '5. 基本支出明细表已列出经济分类科目（309、311类不属于基本支出，标为“——”），只填决算数；人员经费合计、公用经费合计填在最后一行。',
  '6. “三公”经费表分别填写预算数和决算数的合计、因公出国（境）费、公务用车购置及运行维护费（小计、购置费、运行维护费）和公务接待费。',
  '7. 相关信息统计表中车辆数、设备数填写整数。',
  '8. 填好后保存为 .xlsx，用“juesuan check 文件名”检查表内、表间关系，用“juesuan facts 文件名 --json”查看读出的数字。',
];

/** The blank template workbook and where its tables are. */
export async function renderTemplate(options: TemplateOptions = {}): Promise<TemplateWorkbook> {
  const unit = options.unit ?? T.tenThousandYuan;
  const year = options.year ?? new Date().getFullYear() - 1;
  // the template is the 决算's: one sheet per table of that kind
  const ids = options.tables ?? familySpec('final-accounts').tables.map((t) => t.id);
  const skeleton: Disclosure = {
    document: { file: 'template.xlsx', kind: '部门决算', unit, year, tables: ids, ...(options.department ? { department: options.department } : {}) },
    tables: [],
    facts: [],
    sections: [],
    claims: [],
    performance: [],
    departmentMentions: [],
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '决算通';
  workbook.title = `${year}年度部门决算公开表填报模板`;

  const info = workbook.addWorksheet('填表说明');
  info.getColumn(1).width = 110;
  info.getCell(1, 1).value = `${options.department ?? ''}${year}年度部门决算公开表（填报模板）`;
  info.getCell(1, 1).font = { bold: true, size: 16 };
  INSTRUCTIONS.forEach((text, i) => {
    const cell = info.getCell(i + 3, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = { bold: i === 0, size: 11 };
  });

  const sheets: TemplateSheet[] = [];
  const coded = (id: TableId) => tableSpec(id).layout === 'coded';
  ids.forEach((id, i) => {
    // no 说明 under blank tables: an empty template table is not an empty published table
    const layout = { ...layoutTable(skeleton, id, { label: `公开${String(i + 1).padStart(2, '0')}表`, note: '' }), department: options.department ?? '' };
    const name = sheetName(`${layout.label}${layout.title}`);
    const sheet = workbook.addWorksheet(name);
    const blank = coded(id) ? (options.blankRows ?? 40) : 0;
    const { firstBodyRow, lastBodyRow } = writeTableSheet(sheet, layout, { blankRows: blank });
    const firstRow = firstBodyRow - layout.headerRows;
    const blankRows: [number, number] | undefined = blank > 0 ? [lastBodyRow - blank + 1, lastBodyRow] : undefined;
    validate(sheet, layout, firstRow, blankRows, unit);
    sheets.push({ table: id, sheet: name, layout, firstRow, blankRows });
  });

  // the code lists the validations refer to, on a hidden sheet (hidden sheets are not read back)
  const codes = workbook.addWorksheet(CODE_LIST_SHEET, { state: 'hidden' });
  codes.getCell(1, 1).value = '功能分类科目编码';
  codes.getCell(1, 2).value = '科目名称';
  [...FUNCTION_CODES.values()].forEach((c, i) => {
    codes.getCell(i + 2, 1).value = c.code;
    codes.getCell(i + 2, 2).value = c.name;
  });
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), sheets };
}

function validate(sheet: ExcelJS.Worksheet, layout: PrintedTable, firstRow: number, blankRows: [number, number] | undefined, unit: string): void {
  // the unit line offers the two money units
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('金额单位：')) {
        cell.value = `金额单位：${unit}`;
        cell.dataValidation = { type: 'list', allowBlank: false, formulae: ['"金额单位：万元,金额单位：元"'], showErrorMessage: true, errorTitle: '金额单位', error: '请选择“金额单位：万元”或“金额单位：元”。' };
      }
    });
  });
  // amounts: any decimal (negative allowed: 结余 can be negative); counts: whole numbers
  layout.rows.forEach((row, r) => {
    if (r < layout.headerRows) return;
    row.forEach((slot, c) => {
      if (isCovered(slot) || slot.role !== 'amount' || slot.text === '——') return;
      sheet.getCell(firstRow + r, c + 1).dataValidation = slot.count ? WHOLE : DECIMAL;
    });
  });
  if (!blankRows) return;
  const functionCount = FUNCTION_CODES.size;
  for (let r = blankRows[0]; r <= blankRows[1]; r++) {
    layout.columns.forEach((kind, c) => {
      const cell = sheet.getCell(r, c + 1);
      if (kind === 'amount') cell.dataValidation = DECIMAL;
      if (kind === 'code') {
        cell.numFmt = '@';
        // a warning, not a stop: the catalog here is a subset, and a real code outside it must still be accepted
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`'${CODE_LIST_SHEET}'!$A$2:$A$${functionCount + 1}`],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: '科目编码',
          error: '编码不在常用功能分类科目列表中，请核对：类3位、款5位、项7位。',
        };
      }
    });
  }
}

const DECIMAL: ExcelJS.DataValidation = {
  type: 'decimal',
  operator: 'between',
  allowBlank: true,
  formulae: [-1e13, 1e13],
  showErrorMessage: true,
  errorTitle: '金额',
  error: '请填写数字（保留两位小数），没有数的格子留空。',
};

const WHOLE: ExcelJS.DataValidation = { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: '数量', error: '请填写整数。' };
