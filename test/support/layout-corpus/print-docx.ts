// A package as a Word document: every printed page a section (landscape where its table is wide), text as
// paragraphs (a wrapped heading or 目录 entry as the two paragraphs a typist makes of it), tables as Word tables
// with merged cells, a wrapped name as one paragraph per line in its cell, cells aligned vertically as the model
// says and rows as tall. Page numbers and running footers are in the page footer, where Word keeps them.
import * as docxModule from 'docx';
import { pages, type CorpusDocument, type TablePiece, type TextBlock } from './corpus-document.js';
import { cellsOf, type CorpusCell, type VAlign } from './corpus-table.js';

// docx's type declarations re-export extensionless paths that NodeNext resolution cannot follow, so the little of
// its API used here is typed by hand (as test/support/write-docx.ts does).
type DocxObject = { readonly __docx?: never };
interface DocxApi {
  Document: new (options: { sections: { properties?: object; footers?: { default: DocxObject }; children: DocxObject[] }[] }) => DocxObject;
  Footer: new (options: { children: DocxObject[] }) => DocxObject;
  PageNumber: { CURRENT: string };
  Packer: { toBuffer(document: DocxObject): Promise<Uint8Array> };
  Paragraph: new (options: { heading?: string; alignment?: string; children?: DocxObject[] }) => DocxObject;
  TextRun: new (options: { text?: string; bold?: boolean; children?: string[] }) => DocxObject;
  Table: new (options: { rows: DocxObject[] }) => DocxObject;
  TableRow: new (options: { children: DocxObject[]; cantSplit?: boolean; height?: { value: number; rule: string } }) => DocxObject;
  TableCell: new (options: { children: DocxObject[]; columnSpan?: number; rowSpan?: number; verticalAlign?: string }) => DocxObject;
  HeadingLevel: Record<'HEADING_1' | 'HEADING_2' | 'HEADING_3', string>;
  AlignmentType: Record<'LEFT' | 'CENTER' | 'RIGHT', string>;
  PageOrientation: { LANDSCAPE: string; PORTRAIT: string };
  VerticalAlign: Record<'TOP' | 'CENTER' | 'BOTTOM', string>;
  HeightRule: Record<'ATLEAST', string>;
}
const { AlignmentType, Document, Footer, HeadingLevel, HeightRule, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign } = docxModule as unknown as DocxApi;

/** A printed line of 9 pt table text with its leading, in twips. */
const LINE_TWIPS = 260;

const VALIGN: Record<VAlign, string> = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM };

const paragraph = (text: string, options: { bold?: boolean; heading?: string; alignment?: string } = {}) =>
  new Paragraph({
    ...(options.heading ? { heading: options.heading } : {}),
    ...(options.alignment ? { alignment: options.alignment } : {}),
    children: [new TextRun({ text, bold: options.bold ?? false })],
  });

function cellDocx(cell: CorpusCell): DocxObject {
  return new TableCell({
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    verticalAlign: VALIGN[cell.valign],
    children: (cell.lines.length ? cell.lines : ['']).map((line) =>
      paragraph(line, { bold: cell.bold ?? false, alignment: cell.role === 'amount' ? AlignmentType.RIGHT : cell.role === 'name' || cell.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER }),
    ),
  });
}

function pieceDocx(piece: TablePiece): DocxObject {
  return new Table({
    rows: piece.rows.map((r) => {
      const row = piece.table.rows[r]!;
      return new TableRow({
        cantSplit: true,
        ...(row.minLines && row.minLines > 1 ? { height: { value: row.minLines * LINE_TWIPS, rule: HeightRule.ATLEAST } } : {}),
        children: cellsOf(row).map(({ cell }) => cellDocx(cell)),
      });
    }),
  });
}

function textDocx(block: TextBlock): DocxObject[] {
  const lines = block.lines.map((line, k) => (block.role === 'toc' && k === block.lines.length - 1 ? `${line}${'…'.repeat(6)}${block.page}` : line));
  const alignment = block.align === 'center' ? AlignmentType.CENTER : block.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const heading = block.role === 'heading' || block.role === 'table-title' ? (block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2) : undefined;
  return lines.map((line) => paragraph(line, { alignment, ...(heading ? { heading } : {}) }));
}

/** The package as DOCX bytes. */
export async function printDocx(doc: CorpusDocument): Promise<Uint8Array> {
  const sections = pages(doc).map((page) => {
    const landscape = page.some((b) => b.kind === 'table' && b.table.orientation === 'landscape');
    const body = page.filter((b) => b.kind === 'table' || (b.role !== 'page-number' && b.role !== 'footer'));
    const children = body.flatMap((b, k): DocxObject[] => {
      if (b.kind === 'text') return textDocx(b);
      // Word joins two tables with nothing between them into one
      return body[k + 1]?.kind === 'table' ? [pieceDocx(b), paragraph('')] : [pieceDocx(b)];
    });
    const footerLines = page.filter((b): b is TextBlock => b.kind === 'text' && b.role === 'footer').map((b) => paragraph(b.lines.join(''), { alignment: AlignmentType.CENTER }));
    const pageNumber = page.some((b) => b.kind === 'text' && b.role === 'page-number')
      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })]
      : [];
    const footer = footerLines.length + pageNumber.length ? { footers: { default: new Footer({ children: [...footerLines, ...pageNumber] }) } } : {};
    return { ...(landscape ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } } : {}), ...footer, children };
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections })));
}
