import * as docxModule from 'docx';
import type { Block, GridBlock, Layout } from '../read/layout.js';

// docx's type declarations re-export extensionless paths that NodeNext resolution cannot follow, so the little
// of its API used here is typed by hand.
type DocxObject = { readonly __docx?: never };
interface DocxApi {
  Document: new (options: { sections: { children: DocxObject[] }[] }) => DocxObject;
  Packer: { toBuffer(document: DocxObject): Promise<Uint8Array> };
  Paragraph: new (options: string | { heading?: string; children?: DocxObject[] }) => DocxObject;
  TextRun: new (options: { text: string; bold?: boolean }) => DocxObject;
  Table: new (options: { width?: { size: number; type: string }; rows: DocxObject[] }) => DocxObject;
  TableRow: new (options: { children: DocxObject[] }) => DocxObject;
  TableCell: new (options: { children: DocxObject[]; columnSpan?: number; verticalMerge?: string }) => DocxObject;
  HeadingLevel: Record<'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'HEADING_4' | 'HEADING_5' | 'HEADING_6', string>;
  VerticalMergeType: { CONTINUE: string; RESTART: string };
  WidthType: { PERCENTAGE: string };
}
const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } = docxModule as unknown as DocxApi;
type FileChild = DocxObject;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

export interface WriteDocxOptions {
  /**
   * Merge header cells as Word users do: in the rows above the first row with a number, an empty cell joins the
   * non-empty cell to its left (w:gridSpan), and an empty cell under a non-empty one joins it (w:vMerge).
   */
  mergeHeaders?: boolean;
}

/** Writes a layout (a text-family document) as a Word document: lines as paragraphs, grids as tables. */
export async function writeDocx(layout: Layout, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const children: FileChild[] = [];
  for (const block of layout.blocks) {
    if (block.kind === 'line') {
      children.push(
        new Paragraph({
          ...(block.heading ? { heading: HEADINGS[Math.min(block.heading, 6) - 1] } : {}),
          children: [new TextRun({ text: block.text, bold: block.bold ?? false })],
        }),
      );
    } else {
      children.push(table(block, options));
      // Word joins two tables with nothing between them into one; the text format separates them by a line anyway.
      if (nextIsGrid(layout.blocks, block)) children.push(new Paragraph(''));
    }
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function nextIsGrid(blocks: Block[], block: Block): boolean {
  return blocks[blocks.indexOf(block) + 1]?.kind === 'grid';
}

/** Header rows: those above the first row that numbers the columns (栏次) or holds a number. */
function headerRowCount(texts: string[][]): number {
  const first = texts.findIndex((r) => r[0] === '栏次' || r.some((t) => /^-?[\d,]+(\.\d+)?$/.test(t)));
  return first < 0 ? 0 : first;
}

type Span = { kind: 'start'; colSpan: number; rowSpan: number } | { kind: 'below'; colSpan: number } | { kind: 'right' };

function table(grid: GridBlock, options: WriteDocxOptions): DocxObject {
  const width = Math.max(...grid.rows.map((r) => r.cells.length));
  const texts = grid.rows.map((r) => Array.from({ length: width }, (_, j) => r.cells[j]?.text ?? ''));
  const bolds = grid.rows.map((r) => Array.from({ length: width }, (_, j) => r.cells[j]?.bold ?? false));
  const headerRows = options.mergeHeaders ? headerRowCount(texts) : 0;
  const spans: Span[][] = texts.map((r) => r.map((): Span => ({ kind: 'start', colSpan: 1, rowSpan: 1 })));
  for (let r = 0; r < headerRows; r++) {
    for (let c = 0; c < width; c++) {
      const here = spans[r]![c]!;
      if (here.kind !== 'start' || texts[r]![c] === '') continue;
      // an empty cell to the right joins unless the row below starts a sub-column there
      let k = c + 1;
      while (k < width && texts[r]![k] === '' && spans[r]![k]!.kind === 'start' && !(r + 1 < headerRows && texts[r + 1]![k] !== '' && texts[r + 1]![c] === '')) k++;
      // then empty cells below the whole span join
      let down = r + 1;
      while (down < headerRows && Array.from({ length: k - c }, (_, x) => c + x).every((x) => texts[down]![x] === '' && spans[down]![x]!.kind === 'start')) down++;
      here.colSpan = k - c;
      here.rowSpan = down - r;
      for (let y = r; y < down; y++) {
        for (let x = c; x < k; x++) if (y !== r || x !== c) spans[y]![x] = x === c ? { kind: 'below', colSpan: k - c } : { kind: 'right' };
      }
    }
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: texts.map(
      (row, r) =>
        new TableRow({
          children: row.flatMap((text, c) => {
            const span = spans[r]![c]!;
            if (span.kind === 'right') return [];
            if (span.kind === 'below') {
              return [new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, ...(span.colSpan > 1 ? { columnSpan: span.colSpan } : {}), children: [new Paragraph('')] })];
            }
            return [
              new TableCell({
                ...(span.colSpan > 1 ? { columnSpan: span.colSpan } : {}),
                ...(span.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
                children: [new Paragraph({ children: [new TextRun({ text, bold: bolds[r]![c] })] })],
              }),
            ];
          }),
        }),
    ),
  });
}
