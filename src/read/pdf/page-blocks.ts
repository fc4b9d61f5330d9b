import { findAlignedTables } from '../positioned-text/aligned-tables.js';
import { buildLines } from './lines.js';
import type { PageBlock, Page } from '../positioned-text/page-model.js';
import type { PageContent } from './pdf-document.js';
import { findRuledTables } from './ruled-tables.js';

/**
 * One page's blocks, top to bottom: tables drawn with rules become grids, other text becomes lines, and runs of
 * column-aligned lines become grids too. The same for a digital page (pdf.js text and drawing) and a scanned one
 * (OCR words and the rulings found in its image).
 */
export function pageBlocks(content: PageContent): Page {
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
