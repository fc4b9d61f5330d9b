// A package as one HTML page: the HTML format of the corpus, and, printed by Chromium, its digital PDF. Every cell
// prints exactly the lines of the model (explicit line breaks, no wrapping by the browser), sits where its vertical
// alignment puts it in its row, and rows are as tall as the model says, so the PDF shows the family's layout.
import { pages, type CorpusDocument, type TablePiece, type TextBlock } from './corpus-document.js';
import { columnWidths } from './column-widths.js';
import { cellsOf, type CorpusCell } from './corpus-table.js';

export interface HtmlOptions {
  /** Ruled tables (every cell bordered) or tables of bare aligned text. */
  borders: boolean;
  /**
   * The page margin prints what stands at the foot of the pages (the PDF printer's page footer does): the model's
   * running-footer and page-number lines are left out of the flow, so a page does not carry them twice.
   */
  footInMargin?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LINE_HEIGHT = 1.45;

const style = (borders: boolean) => `
@page { size: A4 portrait; margin: 15mm 15mm 15mm 15mm; }
@page landscape { size: A4 landscape; margin: 15mm 15mm 15mm 15mm; }
html { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; font-size: 10pt; line-height: ${LINE_HEIGHT}; color: #000; }
body { margin: 0; }
section.page { display: flex; flex-direction: column; break-after: page; }
section.page:last-child { break-after: auto; }
@media print { section.page.portrait { min-height: 262mm; } section.page.landscape { page: landscape; min-height: 175mm; } }
h1 { font-size: 16pt; text-align: center; margin: 2mm 0; font-weight: bold; }
h2 { font-size: 14pt; text-align: center; margin: 2mm 0 1mm 0; font-weight: bold; }
h3 { font-size: 11pt; margin: 2mm 0; font-weight: bold; }
p { margin: 0 0 1mm 0; }
p.cover { font-size: 20pt; text-align: center; margin: 8mm 0; }
p.center { text-align: center; }
p.right { text-align: right; padding-right: 3em; }
p.foot { text-align: center; font-size: 9pt; }
p.foot.first { margin-top: auto; }
table { border-collapse: collapse; font-size: 9pt; line-height: ${LINE_HEIGHT}; margin: 1mm 0; }
td, th { padding: 0.5pt ${borders ? 4 : 9}pt; white-space: nowrap; ${borders ? 'border: 0.75pt solid #000;' : 'border: none;'} font-weight: normal; }
th { text-align: center; }
td.amount { text-align: right; }
td.code, td.row-number { text-align: center; }
td.bold { font-weight: bold; }
`;

function cellHtml(cell: CorpusCell, header: boolean): string {
  const tag = header ? 'th' : 'td';
  const attrs = [
    cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
    cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    ` class="${[cell.role, cell.bold ? 'bold' : ''].filter(Boolean).join(' ')}"`,
    ` style="vertical-align:${cell.valign}"`,
  ].join('');
  return `<${tag}${attrs}>${cell.lines.map(escape).join('<br>')}</${tag}>`;
}

/**
 * Em per display column of 9 pt text (a Chinese character is 1 em, a digit about half), and a cell's padding: a
 * table without rulings keeps its columns two characters apart, as unruled tables are set.
 */
const EM_PER_COLUMN = 0.56;
const PADDING_EM = { ruled: 1.2, unruled: 2.3 };

function pieceHtml(piece: TablePiece, borders: boolean): string {
  // every page of a table has the same columns, as a table printed from one sheet has
  const widths = columnWidths(piece.table, 0).map((w) => w * EM_PER_COLUMN + PADDING_EM[borders ? 'ruled' : 'unruled']);
  const cols = widths.map((w) => `<col style="width:${w.toFixed(2)}em">`).join('');
  const rows = piece.rows.map((r) => {
    const row = piece.table.rows[r]!;
    const height = row.minLines && row.minLines > 1 ? ` style="height:${(row.minLines * LINE_HEIGHT).toFixed(2)}em"` : '';
    return `<tr${height}>${cellsOf(row)
      .map(({ cell }) => cellHtml(cell, row.role !== 'body'))
      .join('')}</tr>`;
  });
  return `<table style="table-layout:fixed;width:${widths.reduce((a, b) => a + b, 0).toFixed(2)}em">\n<colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</table>`;
}

function textHtml(block: TextBlock, firstFoot: boolean): string {
  const lines = block.lines.map((line, k) => (block.role === 'toc' && k === block.lines.length - 1 ? `${line}${'…'.repeat(6)}${block.page}` : line));
  const inner = lines.map(escape).join('<br>');
  switch (block.role) {
    case 'cover':
      return `<p class="cover">${inner}</p>`;
    case 'heading':
    case 'table-title': {
      const tag = block.role === 'table-title' ? 'h2' : block.level === 1 ? 'h1' : 'h3';
      return `<${tag}>${inner}</${tag}>`;
    }
    case 'footer':
    case 'page-number':
      return `<p class="foot${firstFoot ? ' first' : ''}">${inner}</p>`;
    default:
      return `<p${block.align === 'center' || block.align === 'right' ? ` class="${block.align}"` : ''}>${inner}</p>`;
  }
}

const orientation = (page: (TextBlock | TablePiece)[]): 'portrait' | 'landscape' =>
  page.some((b) => b.kind === 'table' && b.table.orientation === 'landscape') ? 'landscape' : 'portrait';

/** The package as an HTML document, one section per printed page. */
export function printHtml(doc: CorpusDocument, options: HtmlOptions): string {
  const body = pages(doc)
    .map((all) => {
      const page = options.footInMargin ? all.filter((b) => !(b.kind === 'text' && (b.role === 'page-number' || b.role === 'footer'))) : all;
      // what prints at the foot of a page sits there
      const firstFoot = page.findIndex((b) => b.kind === 'text' && (b.role === 'footer' || b.role === 'page-number'));
      const blocks = page.map((b, k) => (b.kind === 'table' ? pieceHtml(b, options.borders) : textHtml(b, k === firstFoot)));
      return `<section class="page ${orientation(page)}">\n${blocks.join('\n')}\n</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(`${doc.info.department}${doc.info.year}年度部门决算`)}</title>
<style>${style(options.borders)}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
