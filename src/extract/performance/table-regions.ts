// Where the 绩效自评 tables are: a title line followed by its grid (山西: "## …项目支出绩效自评表", "(2024年度)"),
// or a title printed as the first row of the grid itself (河南: all the 自评表 of the 附件 run together as one
// grid, each starting with a "项目支出绩效自评情况表" row). A title without a grid (a table published as an
// image) still makes a region, with the lines printed in its place.
import type { Source } from '../../model/source.js';
import type { Block, GridRow, LineBlock } from '../../read/layout.js';
import { compact } from '../normalize.js';
import { cleanTitle, isPerformanceTableTitle } from './titles.js';

export interface PerformanceTableRegion {
  /** The title, compacted, without the year in brackets. */
  title: string;
  source: Source;
  rows: GridRow[];
  /** Lines printed between the title and the grid, or in place of a missing grid. */
  lines: LineBlock[];
  /** Index range [start, end) of the region's blocks in the layout. */
  start: number;
  end: number;
}

const LOOKAHEAD = 4;
const YEAR_LINE = /^[（(]?\d{4}年度?[）)]?$/;
const UNIT_LINE = /^(?:金额)?单位[：:]/;

const nonEmpty = (row: GridRow) => row.cells.filter((c) => c.text.trim() !== '');

/** A grid row that is a table title: its first non-empty cell is the title and at most one other cell is filled. */
function titleRow(row: GridRow): string | undefined {
  const cells = nonEmpty(row);
  const first = cells[0];
  return first && cells.length <= 2 && isPerformanceTableTitle(first.text) ? first.text : undefined;
}

/** The title at block i: one line, or two short lines that only together make a title. */
function titleAt(blocks: Block[], i: number): { title: string; width: number } | undefined {
  const block = blocks[i];
  if (block?.kind !== 'line') return undefined;
  if (isPerformanceTableTitle(block.text)) return { title: block.text, width: 1 };
  const next = blocks[i + 1];
  if (next?.kind !== 'line' || isPerformanceTableTitle(next.text)) return undefined;
  if (block.text.length <= 40 && next.text.length <= 30 && isPerformanceTableTitle(block.text + next.text)) {
    return { title: block.text + next.text, width: 2 };
  }
  return undefined;
}

/** Splits grid rows at title rows; rows before the first title row belong to `leading`. */
function splitAtTitles(rows: GridRow[]): { leading: GridRow[]; tables: { title: string; source: Source; rows: GridRow[] }[] } {
  const leading: GridRow[] = [];
  const tables: { title: string; source: Source; rows: GridRow[] }[] = [];
  for (const row of rows) {
    const title = titleRow(row);
    if (title) tables.push({ title, source: row.source, rows: [] });
    else (tables.at(-1)?.rows ?? leading).push(row);
  }
  return { leading, tables };
}

export function findPerformanceTables(blocks: Block[]): PerformanceTableRegion[] {
  const regions: PerformanceTableRegion[] = [];
  const claimed = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const found = titleAt(blocks, i);
    if (found) {
      const lines: LineBlock[] = [];
      let grid: number | undefined;
      for (let j = i + found.width; j < blocks.length && j < i + found.width + LOOKAHEAD; j++) {
        const b = blocks[j]!;
        if (b.kind === 'grid') {
          grid = j;
          break;
        }
        if (titleAt(blocks, j) || b.heading !== undefined) break;
        const text = compact(b.text);
        if (YEAR_LINE.test(text) || UNIT_LINE.test(text)) continue;
        if (/^(备注|注|说明)/.test(text)) break;
        lines.push(b);
        break; // a text line in place of the grid: the table was not printed as text
      }
      const title = cleanTitle(found.title);
      if (grid === undefined) {
        // "附表：…自评表（2024年度）" / "具体详情见附件" names a table published elsewhere.
        if (lines.some((l) => /见附件|详见|另附|附后/.test(l.text))) continue;
        regions.push({ title, source: block.source, rows: [], lines, start: i, end: i + found.width + lines.length });
        i += found.width - 1;
        continue;
      }
      const gridBlock = blocks[grid];
      if (gridBlock?.kind !== 'grid') continue;
      claimed.add(grid);
      const { leading, tables } = splitAtTitles(gridBlock.rows);
      // A title line over a grid that starts with its own title row adds nothing.
      if (leading.length || !tables.length) regions.push({ title, source: block.source, rows: leading, lines, start: i, end: grid + 1 });
      for (const t of tables) regions.push({ title: cleanTitle(t.title), source: t.source, rows: t.rows, lines: [], start: grid, end: grid + 1 });
      i = grid;
      continue;
    }
    if (block.kind === 'grid' && !claimed.has(i)) {
      for (const t of splitAtTitles(block.rows).tables) regions.push({ title: cleanTitle(t.title), source: t.source, rows: t.rows, lines: [], start: i, end: i + 1 });
    }
  }
  return regions;
}
