import * as docxModule from 'docx';
import type { Block, GridBlock, Layout } from '../../src/read/layout.js';

// docx's type declarations re-export extensionless paths that NodeNext resolution cannot follow, so the little
// of its API used here is typed by hand.
type DocxObject = { readonly __docx?: never };
interface SectionOptions {
  properties?: { page?: { size?: { orientation: string }; margin?: { top: number; right: number; bottom: number; left: number } } };
  children: DocxObject[];
}
interface DocxApi {
  Document: new (options: { sections: SectionOptions[] }) => DocxObject;
  Packer: { toBuffer(document: DocxObject): Promise<Uint8Array> };
  Paragraph: new (options: string | { heading?: string; children?: DocxObject[] }) => DocxObject;
  TextRun: new (options: { text: string; bold?: boolean }) => DocxObject;
  Table: new (options: { width?: { size: number; type: string }; rows: DocxObject[] }) => DocxObject;
  TableRow: new (options: { children: DocxObject[]; cantSplit?: boolean }) => DocxObject;
  TableCell: new (options: { children: DocxObject[]; columnSpan?: number; verticalMerge?: string }) => DocxObject;
  HeadingLevel: Record<'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'HEADING_4' | 'HEADING_5' | 'HEADING_6', string>;
  PageOrientation: { LANDSCAPE: string; PORTRAIT: string };
  VerticalMergeType: { CONTINUE: string; RESTART: string };
  WidthType: { PERCENTAGE: string };
}
const { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } = docxModule as unknown as DocxApi;
type FileChild = DocxObject;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

export interface WriteDocxOptions {
  /**
   * Merge header cells as Word users do: in the rows above the first row with a number, an empty cell joins the
   * non-empty cell to its left (w:gridSpan), and an empty cell under a non-empty one joins it (w:vMerge).
   */
  mergeHeaders?: boolean;
}

/**
 * Writes a layout (a text-family document) as a Word document: lines as paragraphs, grids as tables (full
 * width, equal columns). As in published packages, a part whose table does not fit a portrait page (its numbers
 * would wrap inside their cells) goes into a landscape section with narrow margins (consecutive such parts share
 * it): a part runs from a heading to the next heading, so a table keeps its title, unit line and note with it.
 * Table rows are never split across pages.
 */
export async function writeDocx(layout: Layout, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const sections: SectionOptions[] = [];
  for (const part of parts(layout.blocks)) {
    const landscape = part.some((b) => b.kind === 'grid' && !fitsWidth(b, PORTRAIT_TEXT_WIDTH));
    const children = part.flatMap((block): FileChild[] => {
      if (block.kind === 'line') {
        return [
          new Paragraph({
            ...(block.heading ? { heading: HEADINGS[Math.min(block.heading, 6) - 1] } : {}),
            children: [new TextRun({ text: block.text, bold: block.bold ?? false })],
          }),
        ];
      }
      // Word joins two tables with nothing between them into one; the text format separates them by a line anyway.
      return nextIsGrid(part, block) ? [table(block, options), new Paragraph('')] : [table(block, options)];
    });
    // consecutive parts of one orientation share a section
    const previous = sections.at(-1);
    if (previous && (previous.properties === LANDSCAPE) === landscape) previous.children.push(...children);
    else sections.push(landscape ? { properties: LANDSCAPE, children } : { children });
  }
  const doc = new Document({ sections: sections.length > 0 ? sections : [{ children: [] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A4 portrait with the default one-inch margins: the text width in points. */
const PORTRAIT_TEXT_WIDTH = (11906 - 2 * 1440) / 20;
/** Landscape sections: half-inch margins (twips). */
const LANDSCAPE: SectionOptions['properties'] = { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, right: 720, bottom: 720, left: 720 } } };
/** Body text size (points), the width of a digit or Latin letter and of a Chinese character (em), cell padding (points). */
const FONT = 10.5;
const NARROW = 0.65;
const WIDE = 1;
const PADDING = 12;

/** The blocks from one heading to the next (the blocks before the first heading are a part too). */
function parts(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (const block of blocks) {
    if (out.length === 0 || (block.kind === 'line' && block.heading)) out.push([]);
    out.at(-1)!.push(block);
  }
  return out;
}

/**
 * Whether a table with equal columns fits `width` points without breaking a number: each column must hold its
 * longest number (or Latin word) on one line; Chinese text may wrap after any character.
 */
function fitsWidth(grid: GridBlock, width: number): boolean {
  const columns = Math.max(...grid.rows.map((r) => r.cells.length));
  let widest = 0;
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const words = cell.text.split(/[\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]+/).filter(Boolean);
      const word = Math.max(0, ...words.map((w) => w.length * NARROW * FONT));
      const wide = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/.test(cell.text) ? WIDE * FONT : 0;
      widest = Math.max(widest, word, wide);
    }
  }
  return columns * (widest + PADDING) <= width;
}

function nextIsGrid(blocks: readonly Block[], block: Block): boolean {
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
        // rows are kept whole on a page, as tables printed from spreadsheets are
        new TableRow({
          cantSplit: true,
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
