import ExcelJS from 'exceljs';
import { EmptyFileError, UnsupportedFormatError } from '../../model/errors.js';
import { Deadline } from '../deadline.js';
import type { Block, Layout } from '../layout.js';
import { DEFAULT_ZIP_LIMITS } from '../zip/zip-archive.js';
import { cellText } from './cell-text.js';
import { sheetBlocks, type SheetCell, type SheetRow } from './sheet-blocks.js';
import { sanitizeXlsxPackage, WHAT, type XlsxPackageLimits } from './xlsx-package.js';

export interface XlsxOptions extends XlsxPackageLimits {
  /** Time budget for reading one workbook. */
  milliseconds: number;
}

export const DEFAULT_XLSX_OPTIONS: XlsxOptions = { zip: DEFAULT_ZIP_LIMITS, maxCells: 500_000, milliseconds: 120_000 };

/**
 * Reads an Excel workbook (.xlsx) into a Layout: the visible sheets in tab order, each cut into lines (titles,
 * 部门名称, 金额单位, notes) and grids (see sheetBlocks), with merged cells, numbers printed as the cell's number
 * format shows them and formulas by their cached values. Sources are `{ sheet, cell }`.
 */
export async function readXlsx(file: string, bytes: Uint8Array, options: XlsxOptions = DEFAULT_XLSX_OPTIONS): Promise<Layout> {
  const deadline = new Deadline(file, options.milliseconds);
  const clean = sanitizeXlsxPackage(file, bytes, options, deadline);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnsupportedFormatError(file, `${WHAT}无法解析（${(error as Error).message}）`);
  }
  deadline.now();
  const blocks: Block[] = [];
  // worksheets by tab order (orderNo is set on load but missing from exceljs's types)
  const order = (s: ExcelJS.Worksheet) => (s as unknown as { orderNo?: number }).orderNo ?? s.id;
  const sheets = [...workbook.worksheets].sort((a, b) => order(a) - order(b)).filter((s) => s.state === undefined || s.state === 'visible');
  for (const sheet of sheets) {
    blocks.push(...sheetBlocks(sheet.name, readRows(sheet, deadline)));
  }
  deadline.now();
  if (blocks.length === 0) throw new EmptyFileError(file);
  return { file, format: 'xlsx', blocks };
}

function readRows(sheet: ExcelJS.Worksheet, deadline: Deadline): SheetRow[] {
  const rows = new Map<number, SheetRow>();
  /** Merged ranges by master address: the bottom-right corner seen so far. */
  const extents = new Map<string, { row: number; col: number; cell: SheetCell; bottom: number; right: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = new Map<number, SheetCell>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      deadline.check();
      const border = cell.border;
      const bordered = border !== undefined && [border.top, border.left, border.bottom, border.right].some((side) => side?.style !== undefined);
      const master = cell.isMerged ? cell.master : cell;
      if (master !== cell) {
        cells.set(col, { text: '', address: cell.address, covered: true, ...(bordered ? { bordered } : {}) });
        const extent = extents.get(master.address);
        if (extent) {
          extent.bottom = Math.max(extent.bottom, number);
          extent.right = Math.max(extent.right, col);
        }
        return;
      }
      const sheetCell: SheetCell = { text: cellText(cell), address: cell.address };
      if (cell.font?.bold) sheetCell.bold = true;
      if (bordered) sheetCell.bordered = true;
      cells.set(col, sheetCell);
      if (cell.isMerged) extents.set(cell.address, { row: number, col, cell: sheetCell, bottom: number, right: col });
    });
    if (cells.size > 0) rows.set(number, { number, cells });
  });
  for (const e of extents.values()) {
    if (e.right > e.col) e.cell.colSpan = e.right - e.col + 1;
    if (e.bottom > e.row) e.cell.rowSpan = e.bottom - e.row + 1;
  }
  return [...rows.values()];
}
