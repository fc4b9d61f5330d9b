// The package as an Excel workbook (exceljs): a sheet for the narrative, then one sheet per standard table with
// the template's merged headers. Amounts are numbers with a number format that prints exactly the decimals the
// table printed, so Excel sums them and our XLSX reader gives back the same decimal strings.
import ExcelJS from 'exceljs';
import type { DraftedDisclosure, DraftParagraph } from '../draft/drafted.js';
import { renderCharts, type RenderedChart } from './charts.js';
import { documentPlan } from './document.js';
import { isCovered, type PrintedCell } from './grid.js';
import { layoutTables, type ColumnKind, type PrintedTable } from './table-layout.js';

export interface XlsxRenderOptions {
  charts?: Map<string, RenderedChart>;
  tables?: PrintedTable[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const GAP_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2A8' } };
const FONT = 'Noto Sans CJK SC';

/** Column widths in characters by what the column holds. */
const COLUMN_CHARS: Record<ColumnKind, number> = { code: 10, 'code-part': 5, name: 30, label: 34, 'row-number': 6, amount: 15 };

/** Excel stores IEEE doubles: beyond 15 significant digits a decimal would not survive, so it stays text. */
const MAX_DIGITS = 15;

/**
 * A printed decimal as an Excel number and the format that prints it back identically ("1234.50" → 1234.5 with
 * #,##0.00), or undefined when a double cannot hold it exactly.
 */
export function excelNumber(value: string): { number: number; numFmt: string } | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(value) || value.replace(/[-.]/g, '').replace(/^0+/, '').length > MAX_DIGITS) return undefined;
  const decimals = value.split('.')[1]?.length ?? 0;
  const number = Number(value);
  if (number.toFixed(decimals) !== value) return undefined;
  return { number, numFmt: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, '').slice(0, 31);

/** The package as XLSX bytes. */
export async function renderXlsx(drafted: DraftedDisclosure, options: XlsxRenderOptions = {}): Promise<Uint8Array> {
  const tables = options.tables ?? layoutTables(drafted);
  const charts = options.charts ?? renderCharts(drafted.charts);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '决算通';
  workbook.title = drafted.title;
  writeNarrativeSheet(workbook, drafted, tables, charts);
  for (const table of tables) writeTableSheet(workbook.addWorksheet(sheetName(`${table.label}${table.title}`)), table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface TableSheetOptions {
  /** Rows of empty body cells to add for a form to be filled in (template.ts); 0 for a finished table. */
  blankRows?: number;
}

/** Writes one standard table on its own sheet: title lines, the bordered grid with merges, notes. */
export function writeTableSheet(sheet: ExcelJS.Worksheet, table: PrintedTable, options: TableSheetOptions = {}): { firstBodyRow: number; lastBodyRow: number } {
  const width = table.columns.length;
  table.columns.forEach((k, j) => (sheet.getColumn(j + 1).width = COLUMN_CHARS[k]));
  const line = (row: number, text: string, style: { size?: number; bold?: boolean; align: 'center' | 'left' | 'right' }, merge = true) => {
    const cell = sheet.getCell(row, style.align === 'right' && !merge ? width : 1);
    cell.value = text;
    cell.font = { name: FONT, size: style.size ?? 10, bold: style.bold ?? false };
    cell.alignment = { horizontal: style.align, vertical: 'middle' };
    if (merge && width > 1) sheet.mergeCells(row, 1, row, width);
  };
  let r = 1;
  line(r++, table.title, { size: 16, bold: true, align: 'center' });
  line(r++, table.label, { align: 'right' }, false);
  if (table.yearLine) line(r++, table.yearLine, { align: 'center' });
  // 部门名称 at the left and 金额单位 at the right of one row, as the templates print them
  if (table.department !== undefined) line(r, `部门名称：${table.department}`, { align: 'left' }, false);
  line(r++, table.unitLine, { align: 'right' }, false);

  const first = r;
  const rows = [...table.rows];
  for (let k = 0; k < (options.blankRows ?? 0); k++) rows.push(table.columns.map((kind): PrintedCell => ({ text: '', role: kind === 'code-part' ? 'code' : kind, colSpan: 1, rowSpan: 1 })));
  rows.forEach((row, i) => {
    const header = i < table.headerRows;
    row.forEach((slot, j) => {
      const cell = sheet.getCell(first + i, j + 1);
      cell.border = BORDER;
      if (isCovered(slot)) return;
      writeCell(cell, slot, header);
      if (slot.colSpan > 1 || slot.rowSpan > 1) sheet.mergeCells(first + i, j + 1, first + i + slot.rowSpan - 1, j + slot.colSpan);
    });
  });
  const last = first + rows.length - 1;
  r = last + 1;
  for (const note of table.notes) {
    const cell = sheet.getCell(r++, 1);
    cell.value = note;
    cell.font = { name: FONT, size: 9 };
  }
  sheet.pageSetup = {
    paperSize: 9,
    orientation: table.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    // the header rows repeat on every printed page
    printTitlesRow: `${first}:${first + table.headerRows - 1}`,
  };
  sheet.views = [{ state: 'frozen', ySplit: first + table.headerRows - 1, xSplit: 0 }];
  return { firstBodyRow: first + table.headerRows, lastBodyRow: last };
}

function writeCell(cell: ExcelJS.Cell, slot: PrintedCell, header: boolean): void {
  const number = slot.value !== undefined ? excelNumber(slot.value) : undefined;
  if (number) {
    cell.value = number.number;
    cell.numFmt = number.numFmt;
  } else if (slot.text !== '') cell.value = slot.text;
  // blank amount cells already carry the format a typed number will print with (2 decimals; counts whole)
  else if (slot.role === 'amount') cell.numFmt = slot.count ? '0' : '#,##0.00';
  const centred = header || slot.role === 'column-number' || slot.role === 'row-number' || (slot.role === 'label' && slot.colSpan > 1);
  cell.alignment = {
    horizontal: slot.role === 'amount' ? 'right' : centred ? 'center' : 'left',
    vertical: 'middle',
    wrapText: header || slot.role === 'name' || slot.role === 'label',
    ...(slot.role === 'name' && slot.level ? { indent: slot.level } : {}),
  };
  cell.font = { name: FONT, size: 10, bold: header || slot.bold === true };
  if (header) cell.fill = HEADER_FILL;
}

/** Cover, parts, sections and paragraphs one per row; gaps in red on yellow; charts as pictures. */
function writeNarrativeSheet(workbook: ExcelJS.Workbook, drafted: DraftedDisclosure, tables: PrintedTable[], charts: Map<string, RenderedChart>): void {
  const sheet = workbook.addWorksheet('封面及情况说明');
  sheet.getColumn(1).width = 100;
  let r = 1;
  const put = (value: ExcelJS.CellValue, font: Partial<ExcelJS.Font>, extra: Partial<ExcelJS.Style> = {}) => {
    const cell = sheet.getCell(r++, 1);
    cell.value = value;
    cell.font = { name: FONT, ...font };
    cell.alignment = { wrapText: true, vertical: 'top', ...(extra.alignment ?? {}) };
    if (extra.fill) cell.fill = extra.fill;
  };
  for (const item of documentPlan(drafted, tables)) {
    switch (item.kind) {
      case 'cover':
        put(item.title, { size: 18, bold: true }, { alignment: { horizontal: 'center' } });
        r++;
        break;
      case 'part':
        r++;
        put(item.heading, { size: 14, bold: true }, { alignment: { horizontal: 'center' } });
        break;
      case 'section':
        put(item.heading, { size: 12, bold: true });
        break;
      case 'paragraph': {
        const gap = item.runs.some((x) => x.kind === 'gap');
        put({ richText: richText(item.runs) }, { size: 11 }, gap ? { fill: GAP_FILL } : {});
        break;
      }
      case 'chart': {
        const chart = charts.get(item.chart.id);
        if (!chart) break;
        const image = workbook.addImage({ buffer: Buffer.from(chart.png()) as unknown as ExcelJS.Buffer, extension: 'png' });
        sheet.addImage(image, { tl: { col: 0, row: r - 1 }, ext: { width: chart.size.width, height: chart.size.height } });
        // leave the rows the picture covers empty (default row height is 20 px)
        r += Math.ceil(chart.size.height / 20) + 1;
        break;
      }
      case 'table':
        put(`${item.table.label} ${item.table.title}（见工作表「${sheetName(`${item.table.label}${item.table.title}`)}」）`, { size: 11 });
        break;
    }
  }
}

function richText(runs: DraftParagraph): ExcelJS.RichText[] {
  return [{ text: '\u3000\u3000', font: { name: FONT, size: 11 } }, ...runs.map((x) => ({ text: x.text, font: { name: FONT, size: 11, ...(x.kind === 'gap' ? { bold: true, color: { argb: 'FFC00000' } } : {}) } }))];
}
