import type { GridRow } from '../../src/read/layout.js';
import type { Box } from '../../src/read/positioned-text/geometry.js';
import { buildLines } from '../../src/read/pdf/lines.js';
import type { PageGrid, PageLine, Page } from '../../src/read/positioned-text/page-model.js';
import { run } from './pdf-runs.js';

/** A page line of the PDF reader: text at (x, baseline). */
export function pageLine(page: number, text: string, x: number, baseline: number, size = 10): PageLine {
  return { ...buildLines([run(text, x, baseline, size)])[0]!, kind: 'line', page };
}

/** A page grid with the given column borders and rows of texts, one row per 20 units from `top`. */
export function pageGrid(page: number, columns: number[], top: number, texts: string[][]): PageGrid {
  const rows: GridRow[] = texts.map((cells, r) => ({
    source: { page, bbox: [columns[0]!, top + 20 * r, columns.at(-1)!, top + 20 * (r + 1)] },
    cells: cells.map((text, c) => ({ text, source: { page, bbox: [columns[c]!, top + 20 * r, columns[c + 1]!, top + 20 * (r + 1)] } })),
  }));
  const box: Box = [columns[0]!, top, columns.at(-1)!, top + 20 * texts.length];
  return { kind: 'grid', page, box, columns, grid: { kind: 'grid', rows, source: { page, bbox: box } } };
}

export function pdfPage(number: number, blocks: Page['blocks'], width = 595, height = 842): Page {
  return { number, width, height, blocks };
}
