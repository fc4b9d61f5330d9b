import type { GridRow } from '../layout.js';
import { roundBox, union, type Box } from './geometry.js';
import type { Chunk } from './lines.js';
import type { PageGrid } from './page-model.js';

/**
 * A table whose columns cannot be told from the positions of its text: one row per line, whose cells are the line's
 * chunks in reading order. The grid is marked as not aligned, so that nobody takes a cell's index for its column.
 */
export function unalignedGrid(lines: readonly (readonly Chunk[])[], page: number): PageGrid {
  const rows = lines.filter((chunks) => chunks.length > 0);
  const box: Box = union(rows.flat().map((c) => c.box));
  const gridRows: GridRow[] = rows.map((chunks) => ({
    source: { page, bbox: roundBox(union(chunks.map((c) => c.box))) },
    cells: chunks.map((c) => ({ text: c.text, source: { page, bbox: roundBox(c.box) } })),
  }));
  return { kind: 'grid', page, box, columns: [box[0], box[2]], grid: { kind: 'grid', rows: gridRows, unaligned: true, source: { page, bbox: roundBox(box) } } };
}
