// The 科目编码 printed split over three columns 类 | 款 | 项 (财政部 部门决算 templates and several provinces): each
// row prints only parts of its code ("201" | "" | "" for a 类, "" | "01" | "" for a 款 under it, "" | "" | "01"
// for a 项), so the full code is rebuilt from the parts and the 类/款 of the rows above.
import type { GridRow } from '../../read/layout.js';
import { compact } from '../normalize.js';

const CLASS_PART = /^\d{3}$/;
const SUB_PART = /^\d{2}$/;

/** Where a split-code table prints its parts: the header row holding 类 | 款 | 项 (or 类 | 款) and the 类 column. */
export interface SplitCodeHeader {
  /** Index of the header row naming the parts. */
  row: number;
  /** Column of 类; 款 (and 项) follow it. */
  at: number;
  /** 3 for 类 | 款 | 项 (function codes), 2 for 类 | 款 (economic codes). */
  parts: 2 | 3;
}

/**
 * A part's header cell: 类, 款 or 项, possibly with the 科目编码 printed centred over the three parts run into it (an
 * unruled PDF puts that line's text into whichever part column it overlaps most).
 */
const PART_HEADER = /^(?:(?:功能分类|支出功能分类|经济分类)?科目(?:编码|代码))?(类|款|项)(?:(?:功能分类|经济分类)?科目(?:编码|代码))?$/;

/**
 * How many parts the cells from `at` name: 3 for 类 | 款 | 项, or for two or three of them run together in order
 * (类款项 | | , 类 | 款项 | : a text copy that printed the words one space apart kept them in one cell), 2 for 类 | 款
 * alone, 0 for neither.
 */
export function splitPartsAt(row: GridRow, at: number): 0 | 2 | 3 {
  const text = (j: number) => compact(row.cells[j]?.text ?? '');
  if (text(at).startsWith('类') && text(at) + text(at + 1) + text(at + 2) === '类款项') return 3;
  const part = (j: number) => PART_HEADER.exec(text(j))?.[1];
  if (part(at) !== '类' || part(at + 1) !== '款') return 0;
  return part(at + 2) === '项' ? 3 : 2;
}

/** True when the row is the split header (or its repetition) at `at`. */
export const namesSplitParts = (row: GridRow, at: number): boolean => splitPartsAt(row, at) > 0;

/**
 * The split-code header of a coded table's rows, if it has one: the first row with adjacent cells 类 | 款 | 项 (or
 * 类 | 款 for economic codes), under a merged 科目编码 or standing alone. Data rows never hold these words, so the
 * first such row is the header (later ones are the header repeated on a continued page).
 */
export function findSplitCodeHeader(rows: readonly GridRow[]): SplitCodeHeader | undefined {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let at = 0; at + 1 < row.cells.length; at++) {
      const parts = splitPartsAt(row, at);
      if (parts) return { row: r, at, parts };
    }
  }
  return undefined;
}

/**
 * Rebuilds full codes row by row. Parents omitted on a row come from the rows above; a part that is not 3 (类) or
 * 2 (款/项) digits, or a 款/项 whose parents are unknown, gives no code rather than a guessed one, and clears the
 * context below it so the rows that follow cannot be attached to a wrong parent either.
 *
 * One exception, confirmed before it is used: a spreadsheet that stored a 款 or 项 as a number prints it without
 * its leading zero ("301 | 2 | 津贴补贴"). Such a one-digit part is read with the zero restored only when
 * `confirms` accepts the code it gives (the caller checks the printed name against the catalog).
 */
export class SplitCodeReader {
  private class: string | undefined;
  private section: string | undefined;

  /** The full code (3, 5 or 7 digits) the row's parts stand for, or undefined when the row gives none. */
  next(parts: readonly [string, string, string], confirms?: (code: string) => boolean): string | undefined {
    const [l, rawK, rawX] = parts.map(compact) as [string, string, string];
    const padded = (part: string) => (confirms && /^\d$/.test(part) ? `0${part}` : part);
    const [k, x] = [padded(rawK), padded(rawX)];
    const code = this.read(l, k, x);
    if (code === undefined || (k === rawK && x === rawX) || confirms!(code)) return code;
    // an unconfirmed repair gives no code, and a 款 it would have read is no context for the rows below
    if (k !== rawK) this.section = undefined;
    return undefined;
  }

  private read(l: string, k: string, x: string): string | undefined {
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
