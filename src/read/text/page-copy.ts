import type { Source } from '../../model/source.js';
import type { Block, GridBlock, Layout } from '../layout.js';
import { findAlignedTables } from '../positioned-text/aligned-tables.js';
import { assemble } from '../positioned-text/assemble.js';
import type { TextLine } from '../positioned-text/lines.js';
import type { Page, PageBlock } from '../positioned-text/page-model.js';
import { isPageNumber } from '../positioned-text/page-furniture.js';
import { chooseMeasure, EM, isColumnar, NUMBER_TOKEN, placeLine, type Measure } from './text-lines.js';
import { findTokenTables } from './token-tables.js';

/** Whether a line lays out numbers in columns (a table row of a space-aligned copy). */
export const isColumnarRow = (text: string): boolean => isColumnar(text) && text.split(/\s+/).some((t) => NUMBER_TOKEN.test(t));

/**
 * Reads a plain-text copy of a PDF's pages (pdftotext with or without -layout, pdfplumber, a copy from a viewer) the
 * way the PDF itself is read: each page (pages are separated by form feeds) is placed in character columns and
 * lines, tables printed in aligned columns are found from that geometry, tables whose cells are separated by single
 * spaces become grids of tokens marked as not aligned, and page furniture, tables continued over pages and wrapped
 * paragraphs are handled by the same machinery as for a PDF. Sources are the file's 1-based lines, and for a table
 * cell its index in the row.
 */
export function readPageCopy(file: string, content: string): Layout {
  const pages: Page[] = [];
  const firstLines: number[] = [];
  let fileLine = 1;
  const raws = content.split('\f').map((text) => text.split(/\r\n|\r|\n/));
  const measure = chooseMeasure(raws);
  raws.forEach((raw, p) => {
    firstLines.push(fileLine);
    fileLine += raw.length - 1;
    pages.push(placePage(raw, p + 1, measure));
  });
  // the pages of a copy are as wide as its widest line, like the pages of a PDF (paragraphs wrap at one margin)
  const width = Math.max(...pages.map((p) => p.width));
  for (const page of pages) page.width = width;
  const lineOf = (source: Source): Source => ('bbox' in source ? { line: firstLines[source.page - 1]! + Math.round(source.bbox[1] / EM) } : source);
  return { file, format: 'text', blocks: assemble(pages).map((b) => toLineSources(b, lineOf)) };
}

function placePage(raw: readonly string[], number: number, measure: Measure): Page {
  const placed = raw.flatMap((text, index) => placeLine(text, index, measure) ?? []);
  // a page number above or below the text is page furniture, never part of a table that reaches the page's edge
  const edges = [placed[0], placed.at(-1)].filter((l): l is TextLine => l !== undefined && isPageNumber(l.text));
  const lines = placed.filter((l) => !edges.includes(l));
  const aligned = raw.some(isColumnarRow);
  const found = aligned ? findAlignedTables(lines, number, { approximate: true }) : findTokenTables(lines, number);
  const rest = [...found.rest, ...edges];
  const blocks: PageBlock[] = [...found.tables, ...rest.map((l: TextLine): PageBlock => ({ ...l, kind: 'line', page: number }))];
  blocks.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const page: Page = { number, width: Math.max(1, ...lines.map((l) => l.box[2])), height: Math.max(1, raw.length) * EM, blocks };
  // a copy with layout spaces every page anew; one without starts every line at the margin
  if (aligned) page.approximate = true;
  else page.unindented = true;
  return page;
}

/** A block with its page-geometry sources turned into the file's lines (cells: and their index in the row). */
function toLineSources(block: Block, lineOf: (source: Source) => Source): Block {
  if (block.kind === 'line') {
    const line = { ...block, source: lineOf(block.source) };
    if (block.pieces) line.pieces = block.pieces.map((p) => ({ offset: p.offset, source: lineOf(p.source) }));
    return line;
  }
  const grid: GridBlock = {
    ...block,
    source: lineOf(block.source),
    rows: block.rows.map((row) => ({
      source: lineOf(row.source),
      cells: row.cells.map((cell, j) => ({ ...cell, source: { ...lineOf(cell.source), column: j + 1 } })),
    })),
  };
  return grid;
}
