import type { Block, Layout } from '../layout.js';
import { findAlignedTables } from './aligned-tables.js';
import { joinContinuedTables } from './continuations.js';
import { buildLines } from './lines.js';
import { removePageFurniture } from './page-furniture.js';
import type { PageBlock, PdfPage } from './page-model.js';
import { joinParagraphs } from './paragraphs.js';
import { DEFAULT_LIMITS, readPdfPages, type PageContent, type PdfLimits } from './pdf-document.js';
import { findRuledTables } from './ruled-tables.js';

/**
 * Reads a digital (text-layer) PDF into a Layout. Per page: tables drawn with rules become grids, other text
 * becomes lines, and runs of column-aligned lines become grids too. Across pages: page numbers and repeated
 * headers/footers are dropped, a table continued on the next page is joined, and wrapped lines are joined into
 * paragraphs. Sources are `{ page, bbox }` with the box in PDF units from the page's top-left corner.
 */
export async function readPdf(file: string, bytes: Uint8Array, limits: PdfLimits = DEFAULT_LIMITS): Promise<Layout> {
  const contents = await readPdfPages(file, bytes, limits);
  return { file, format: 'pdf', blocks: assemble(contents.map(pageBlocks)) };
}

/** One page's blocks, top to bottom. */
export function pageBlocks(content: PageContent): PdfPage {
  const { number: page, width, height } = content;
  const ruled = findRuledTables(content.rulings, content.runs, page);
  const aligned = findAlignedTables(buildLines(ruled.rest), page);
  const blocks: PageBlock[] = [
    ...ruled.tables.map((t): PageBlock => ({ kind: 'grid', page, box: t.box, columns: t.columns, grid: t.grid })),
    ...aligned.tables,
    ...aligned.rest.map((l): PageBlock => ({ ...l, kind: 'line', page })),
  ];
  blocks.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  return { number: page, width, height, blocks };
}

/** The pages' blocks as one layout, in reading order. */
export function assemble(pages: PdfPage[]): Block[] {
  const joined = joinContinuedTables(removePageFurniture(pages));
  return joinParagraphs(joined).map((b) => (b.kind === 'grid' ? b.grid : b));
}
