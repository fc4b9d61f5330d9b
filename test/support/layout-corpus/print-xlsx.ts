// A package as a workbook, the way departments export their tables: the cover on a sheet of its own, each table
// on its sheet (a table continued over pages stacked on one sheet with what printed between its pages, page numbers
// and running footers excepted: a sheet prints those from its page setup), the 情况说明 last. Merged cells for spans, a wrapped name as one cell of several lines, amounts stored as numbers
// with a number format that prints them as the model does (thousands separators included).
import ExcelJS from 'exceljs';
import { cellsOf, type VAlign } from './corpus-table.js';
import type { CorpusDocument, DocBlock, TablePiece, TextBlock } from './corpus-document.js';
import { asNumber } from '../write-xlsx.js';

const THIN = { style: 'thin' as const };
const VERTICAL: Record<VAlign, 'top' | 'middle' | 'bottom'> = { top: 'top', middle: 'middle', bottom: 'bottom' };

interface Sheet {
  name: string;
  blocks: (TextBlock | TablePiece)[];
}

/** Cover, one sheet per table (from its title to the next table's or the 情况说明's heading), 情况说明. */
function sheets(doc: CorpusDocument): Sheet[] {
  const out: Sheet[] = [{ name: '封面', blocks: [] }];
  const blocks = doc.blocks.filter((b): b is TextBlock | TablePiece => b.kind === 'table' || (b.kind === 'text' && b.role !== 'page-number' && b.role !== 'footer'));
  blocks.forEach((block, i) => {
    const startsTable = block.kind === 'text' && block.role === 'table-title' && !block.lines.join('').endsWith('（续表）');
    if (startsTable) {
      const next = blocks.slice(i).find((b): b is TablePiece => b.kind === 'table');
      out.push({ name: next?.table.label ?? `表${out.length}`, blocks: [] });
    } else if (block.kind === 'text' && block.role === 'heading' && block.level === 1 && out.length > 1) out.push({ name: '情况说明', blocks: [] });
    out.at(-1)!.blocks.push(block);
  });
  return out.filter((s) => s.blocks.length > 0);
}

function textOf(block: DocBlock & { kind: 'text' }): string {
  return block.lines.map((line, k) => (block.role === 'toc' && k === block.lines.length - 1 ? `${line}${'…'.repeat(6)}${block.page}` : line)).join('');
}

/** The package as XLSX bytes; `borders` draws thin borders around every table cell. */
export async function printXlsx(doc: CorpusDocument, borders: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets(doc)) {
    const ws = workbook.addWorksheet(sheet.name, { headerFooter: { oddFooter: '&C- &P -' } });
    const width = Math.max(1, ...sheet.blocks.map((b) => (b.kind === 'table' ? b.table.columns.length : 1)));
    let row = 1;
    for (const block of sheet.blocks) {
      if (block.kind === 'text') {
        // a wrapped title is one cell in a workbook: its lines were a page's line breaks
        ws.getCell(row, 1).value = textOf(block);
        if (width > 1 && (block.role === 'table-title' || block.role === 'cover' || block.role === 'heading')) ws.mergeCells(row, 1, row, width);
        row++;
        continue;
      }
      const top = row;
      for (const r of block.rows) {
        const printed = block.table.rows[r]!;
        const at = row + block.rows.indexOf(r);
        if (printed.minLines && printed.minLines > 1) ws.getRow(at).height = 15 * printed.minLines;
        for (const { cell, column } of cellsOf(printed)) {
          const target = ws.getCell(at, column + 1);
          const text = cell.lines.join('\n');
          const number = cell.fact ? asNumber(text) : undefined;
          if (number) {
            target.value = number.value;
            target.numFmt = number.numFmt;
          } else if (text !== '' || !borders) target.value = text;
          target.alignment = { vertical: VERTICAL[cell.valign], wrapText: cell.lines.length > 1 };
          if (cell.bold) target.font = { bold: true };
          // spans reach only over rows this piece prints
          const down = block.rows.slice(block.rows.indexOf(r), block.rows.indexOf(r) + cell.rowSpan).length;
          if (cell.colSpan > 1 || down > 1) ws.mergeCells(at, column + 1, at + down - 1, column + cell.colSpan);
        }
      }
      row += block.rows.length;
      if (borders) {
        for (let y = top; y < row; y++) for (let x = 1; x <= block.table.columns.length; x++) ws.getCell(y, x).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      }
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
