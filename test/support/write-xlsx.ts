import ExcelJS from 'exceljs';
import { findTableRegions } from '../../src/extract/table-region.js';
import type { Block, Layout } from '../../src/read/layout.js';

export interface WriteXlsxOptions {
  /** One sheet per standard table (with the text between tables on sheets of its own), or one sheet for all. */
  split: 'tables' | 'single';
  /**
   * 'number': amounts, codes and row numbers stored as numbers with a number format of the printed decimals
   * (some as formulas with their cached result); 'text': everything stored as text.
   */
  numbers: 'number' | 'text';
  /** Thin borders around every table cell, as exported tables have them; titles merged over the table width. */
  borders: boolean;
  /** Column of the first cell (1 = A); tables exported with a margin column start at B. */
  startColumn?: number;
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const THIN = { style: 'thin' as const };

/** A printed number as a number and the format that prints it identically, if there is one. */
export function asNumber(text: string): { value: number; numFmt: string } | undefined {
  const grouped = GROUPED.test(text);
  if (!PLAIN.test(text) && !grouped) return undefined;
  const plain = text.replace(/,/g, '');
  if (/^-?0\d/.test(plain) || plain.replace(/[-.]/g, '').length > 15) return undefined;
  const decimals = plain.split('.')[1]?.length ?? 0;
  const value = Number(plain);
  if (value.toFixed(decimals) !== plain) return undefined;
  const digits = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return { value, numFmt: grouped ? `#,##0${digits}` : `0${digits}_ ` };
}

/** Writes a layout (a text-family document) as an XLSX workbook, the way departments export their tables. */
export async function writeXlsx(layout: Layout, options: WriteXlsxOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const segments = options.split === 'single' ? [{ name: '决算公开', blocks: layout.blocks }] : splitByTable(layout.blocks);
  let numberCount = 0;
  for (const segment of segments) {
    const sheet = workbook.addWorksheet(segment.name);
    const first = options.startColumn ?? 1;
    let row = 1;
    const width = Math.max(1, ...segment.blocks.map((b) => (b.kind === 'grid' ? Math.max(...b.rows.map((r) => r.cells.length)) : 1)));
    segment.blocks.forEach((block, index) => {
      if (block.kind === 'line') {
        const cell = sheet.getCell(row, first);
        cell.value = block.text;
        if (block.bold) cell.font = { bold: true };
        // titles and notes are merged over the table's width (when it has one and the line is not a note)
        if (options.borders && width > 1 && !/^(注|说明)/.test(block.text)) sheet.mergeCells(row, first, row, first + width - 1);
        row++;
        return;
      }
      const gridWidth = Math.max(...block.rows.map((r) => r.cells.length));
      for (const gridRow of block.rows) {
        const cells = Array.from({ length: gridWidth }, (_, j) => gridRow.cells[j] ?? { text: '', bold: false });
        cells.forEach((c, j) => {
          const cell = sheet.getCell(row, first + j);
          const number = options.numbers === 'number' ? asNumber(c.text) : undefined;
          if (number) {
            numberCount++;
            cell.value = numberCount % 3 === 0 ? { formula: `${number.value}+0`, result: number.value } : number.value;
            cell.numFmt = number.numFmt;
          } else if (c.text !== '' || !options.borders) cell.value = c.text; // without borders, blanks are written as ""

          if (c.bold) cell.font = { bold: true };
        });
        if (options.borders) {
          for (let j = 0; j < width; j++) sheet.getCell(row, first + j).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        }
        row++;
      }
      // a blank row after a table, unless the sheet ends there
      if (index < segment.blocks.length - 1) row++;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The document cut into sheets: each standard table's blocks, and the runs of blocks between tables. */
function splitByTable(blocks: Block[]): { name: string; blocks: Block[] }[] {
  const regions = findTableRegions(blocks);
  const out: { name: string; blocks: Block[] }[] = [];
  let at = 0;
  let text = 0;
  const pushText = (end: number) => {
    if (end > at) out.push({ name: `文字${++text}`, blocks: blocks.slice(at, end) });
  };
  for (const region of regions) {
    if (region.start < at) continue;
    pushText(region.start);
    out.push({ name: `${region.id}-${out.length + 1}`, blocks: blocks.slice(region.start, region.end) });
    at = region.end;
  }
  pushText(blocks.length);
  return out;
}
