// The 科目编码 printed split over three columns 类 | 款 | 项 (财政部 部门决算 templates and several provinces): each
// row prints only parts of its code ("201" | "" | "" for a 类, "" | "01" | "" for a 款 under it, "" | "" | "01"
// for a 项), so the full code is rebuilt from the parts and the 类/款 of the rows above.
import type { GridRow } from '../../read/layout.js';
import { compact } from '../normalize.js';

const CLASS_PART = /^\d{3}$/;
const SUB_PART = /^\d{2}$/;

/** Where a split-code table prints its parts: the header row holding 类 | 款 | 项 and the 类 column. */
export interface SplitCodeHeader {
  /** Index of the header row naming 类 | 款 | 项. */
  row: number;
  /** Column of 类; 款 and 项 follow it. */
  at: number;
}

/**
 * A part's header cell: 类, 款 or 项, possibly with the 科目编码 printed centred over the three parts run into it (an
 * unruled PDF puts that line's text into whichever part column it overlaps most).
 */
const PART_HEADER = /^(?:(?:功能分类|支出功能分类|经济分类)?科目(?:编码|代码))?(类|款|项)(?:(?:功能分类|经济分类)?科目(?:编码|代码))?$/;

/**
 * True when the cells at `at`, `at+1`, `at+2` of the row read 类, 款, 项, or run two or three of them together in
 * order (类款项 | | , 类 | 款项 | : a text copy that printed the words one space apart kept them in one cell).
 */
export function namesSplitParts(row: GridRow, at: number): boolean {
  const text = (j: number) => compact(row.cells[j]?.text ?? '');
  if (text(at).startsWith('类') && text(at) + text(at + 1) + text(at + 2) === '类款项') return true;
  const part = (j: number) => PART_HEADER.exec(text(j))?.[1];
  return part(at) === '类' && part(at + 1) === '款' && part(at + 2) === '项';
}

/**
 * The split-code header of a coded table's rows, if it has one: the first row with three adjacent cells 类 | 款 | 项,
 * under a merged 科目编码 or standing alone. Data rows never hold these three words, so the first such row is the
 * header (later ones are the header repeated on a continued page).
 */
export function findSplitCodeHeader(rows: readonly GridRow[]): SplitCodeHeader | undefined {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let at = 0; at + 2 < row.cells.length; at++) if (namesSplitParts(row, at)) return { row: r, at };
  }
  return undefined;
}

/**
 * Rebuilds full codes row by row. Parents omitted on a row come from the rows above; a part that is not 3 (类) or
 * 2 (款/项) digits, or a 款/项 whose parents are unknown, gives no code rather than a guessed one, and clears the
 * context below it so the rows that follow cannot be attached to a wrong parent either.
 */
export class SplitCodeReader {
  private class: string | undefined;
  private section: string | undefined;

  /** The full code (3, 5 or 7 digits) the row's parts stand for, or undefined when the row gives none. */
  next(parts: readonly [string, string, string]): string | undefined {
    const [l, k, x] = parts.map(compact) as [string, string, string];
    // a row without parts (a wrapped name, a blank line) neither has a code nor changes the context
    if (!l && !k && !x) return undefined;
    if (l) {
      if (!CLASS_PART.test(l)) {
        this.class = this.section = undefined;
        return undefined;
      }
      // another 类: the 款 carried so far belongs to the previous one
      if (l !== this.class) this.section = undefined;
      this.class = l;
    }
    if (!k && !x) {
      this.section = undefined;
      return this.class;
    }
    if (k) {
      if (!SUB_PART.test(k) || this.class === undefined) {
        this.section = undefined;
        return undefined;
      }
      this.section = k;
      if (!x) return this.class + k;
    }
    if (!SUB_PART.test(x) || this.class === undefined || this.section === undefined) return undefined;
    return this.class + this.section + x;
  }
}
