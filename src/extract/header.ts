import type { ColumnSpec } from '../catalog/kinds/index.js';
import type { GridRow } from '../read/layout.js';
import { compact } from './normalize.js';
import { parseRowNumber } from './amount.js';

/** The 栏次 row ("栏次 | | 1 | 2 …" or just "1 | 2 | … | 12") numbers the columns; it is neither header nor data. */
export function isColumnNumberRow(row: GridRow): boolean {
  const first = row.cells[0];
  if (first && compact(first.text) === '栏次') return true;
  // The filled cells count up by one from the first: a data row fails at its first cell (asked of every row).
  let expected: number | undefined;
  let filled = 0;
  for (const cell of row.cells) {
    const text = compact(cell.text);
    if (text === '') continue;
    const n = parseRowNumber(text);
    if (n === undefined || (expected !== undefined && n !== expected)) return false;
    expected = n + 1;
    filled++;
  }
  return filled >= 2;
}

/** Words some templates print under every amount column ("合计 / 决算数"): they name no column of their own. */
const REPEATED = /^(决算数|预算数|金额|本年数|数额)$/;

/**
 * Header path of every column: the header cells above it from top to bottom, concatenated. When the layout says
 * which cells are merged (colSpan/rowSpan, as PDF, DOCX and HTML readers report them), a merged cell names
 * every column it spans. Otherwise a merged parent cell prints only in its first column, so an empty header cell
 * inherits its left neighbour's text when a lower header row names a sub-column there ("本年支出" over
 * 小计 | 基本支出 | 项目支出).
 */
export function headerPaths(header: GridRow[], width: number): string[][] {
  const grid = header.map((r) => Array.from({ length: width }, (_, j) => compact(r.cells[j]?.text ?? '')));
  // A row repeating one word under every column (决算数 …) names no sub-column: it does not make an empty cell above
  // it inherit its neighbour's name.
  const repeats = grid.map((r) => {
    const words = new Set(r.filter((t) => t !== ''));
    return words.size === 1 && REPEATED.test([...words][0]!) && r.filter((t) => t !== '').length >= 2;
  });
  const filled = grid.map((r) => [...r]);
  const spans = header.some((r) => r.cells.some((c) => (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1));
  for (let r = 0; r < grid.length; r++) {
    if (spans) {
      header[r]!.cells.forEach((c, j) => {
        for (let k = 1; k < (c.colSpan ?? 1) && j + k < width; k++) filled[r]![j + k] = grid[r]![j]!;
      });
      continue;
    }
    for (let j = 1; j < width; j++) {
      if (grid[r]![j] !== '') continue;
      const below = grid.slice(r + 1).some((lower, k) => !repeats[r + 1 + k] && lower[j] !== '');
      if (below && filled[r]![j - 1] !== '') filled[r]![j] = filled[r]![j - 1]!;
    }
  }
  return Array.from({ length: width }, (_, j) => filled.map((r) => r[j]!).filter((t) => t !== ''));
}

/**
 * The template column a header path names: the longest alias that the joined path ends with; failing that, the
 * same without a trailing word the template repeats under every column.
 */
export function matchColumn(path: string[], columns: ColumnSpec[]): ColumnSpec | undefined {
  const exact = matchJoined(path.join(''), columns);
  if (exact || path.length < 2 || !REPEATED.test(path.at(-1)!)) return exact;
  return matchJoined(path.slice(0, -1).join(''), columns);
}

function matchJoined(joined: string, columns: ColumnSpec[]): ColumnSpec | undefined {
  let best: { column: ColumnSpec; length: number } | undefined;
  for (const column of columns) {
    for (const alias of column.aliases) {
      const a = compact(alias);
      if (joined.endsWith(a) && (!best || a.length > best.length)) best = { column, length: a.length };
    }
  }
  return best?.column;
}
