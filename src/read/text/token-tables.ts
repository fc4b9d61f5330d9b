import type { Box } from '../positioned-text/geometry.js';
import type { Chunk, TextLine } from '../positioned-text/lines.js';
import type { PageGrid } from '../positioned-text/page-model.js';
import { isPageNumber } from '../positioned-text/page-furniture.js';
import { unalignedGrid } from '../positioned-text/unaligned-grid.js';
import { NUMBER_TOKEN } from './text-lines.js';

/** An amount as tables print it: decimals or thousands separators (a code, a 行次 or a year has neither). */
const AMOUNT = /^[-−]?\d[\d,，]*\.\d+%?$|^[-−]?\d{1,3}([,，]\d{3})+$/;
/** Sentence punctuation and the colon of "单位：万元", "注：": running text and notes, never a table's cells. */
const PROSE = /[，。；！？：:;]|(?<![一二三四五六七八九十])、/;
/** "其中：" heads a column that is part of the one before it ("其中：基本支出"): its colon is a header's. */
const OF_WHICH = /^其中[：:]/;
/** A word after a number that starts with a unit or a list comma continues it ("196.40 万元", "0 辆、"): running text. */
const UNIT_FIRST = /^(万元|亿元|千元|元|万|个|辆|人次|人|次|项|家|台|套|年度|年|月|日|%)(?![\u4e00-\u9fff])/;
/** A label longer than this is running text. */
const MAX_LABEL = 40;
/** A table has at least this many rows, or one row of at least this many numbers (公开09 prints one row). */
const MIN_ROWS = 2;
const MIN_ROW_NUMBERS = 3;
/** A table's header sits at most this many lines above its first row. */
const HEADER_LINES = 10;

type Kind = 'row' | 'figures' | 'label' | 'number' | 'other';

const tokensOf = (text: string): string[] => text.split(/\s+/).filter((t) => t !== '');

/**
 * What a line is to a table of tokens: a row (two tokens or more, of which an amount, and no running text), a line
 * of figures (two numbers or more, none an amount: a row of 行次 and counts, or of code parts), a label line (short
 * words without numbers: a header line, a piece of a wrapped name, a row without amounts; or a code before such
 * words, or its 行次 after them), a lone number (a code printed on its own line), or other text.
 */
function kindOf(text: string): Kind {
  // "- 3 -", "第 3 页" (a lone figure may be a code printed above its name: it stays a number)
  if (isPageNumber(text) && !/^\s*\d+\s*$/.test(text)) return 'other';
  const tokens = tokensOf(text);
  const numbers = tokens.filter((t) => NUMBER_TOKEN.test(t));
  const words = tokens.filter((t) => !NUMBER_TOKEN.test(t));
  if (words.some((w) => PROSE.test(w.replace(OF_WHICH, '')) || w.length > MAX_LABEL)) return 'other';
  if (tokens.some((t, j) => j > 0 && NUMBER_TOKEN.test(tokens[j - 1]!) && UNIT_FIRST.test(t))) return 'other';
  if (tokens.length >= 2 && numbers.some((n) => AMOUNT.test(n))) return 'row';
  if (numbers.length >= 2) return 'figures';
  if (numbers.length === 0) return 'label';
  if (tokens.length === 1) return 'number';
  // a code and its name whose numbers are printed on a later line, or a row that prints only its 行次
  return numbers.length === 1 ? 'label' : 'other';
}

/** Whether a line of text is a table row of tokens separated by single spaces. */
export const isTokenRow = (text: string): boolean => kindOf(text) === 'row';

/**
 * Finds tables in text that separates cells by single spaces (pdftotext -raw, pdfplumber's default, a copy from a PDF
 * viewer): there the columns cannot be told from positions. A table is a run of rows (lines with amounts) and of the
 * lines of figures, label lines and lone numbers between and after them, with the label lines above its first row up to other text (its header:
 * the title's unit line stops it), and the label lines after its last row when they end the page (the table goes on
 * on the next page). Each line is one row whose cells are its tokens in reading order, and the grid says its columns
 * are not aligned. Returns the tables and the lines that are not part of one.
 */
export function findTokenTables(lines: readonly TextLine[], page: number): { tables: PageGrid[]; rest: TextLine[] } {
  const kinds = lines.map((l) => kindOf(l.text));
  // a copy that prints tables column after column puts most amounts on lines of their own: its rows are accidents
  // of the reflow, not rows of a table
  const alone = lines.filter((l, j) => kinds[j] === 'number' && AMOUNT.test(l.text.trim())).length;
  if (alone > kinds.filter((k) => k === 'row').length) return { tables: [], rest: [...lines] };
  const tables: PageGrid[] = [];
  const used = new Set<number>();
  let k = 0;
  while (k < lines.length) {
    if (kinds[k] !== 'row') {
      k++;
      continue;
    }
    // downwards: rows, and label lines and lone numbers followed by another row
    let last = k;
    let count = 1;
    let j = k + 1;
    for (; j < lines.length && kinds[j] !== 'other'; j++) {
      if (kinds[j] !== 'row' && kinds[j] !== 'figures') continue;
      last = j;
      count++;
    }
    // a page that ends with label lines after rows continues the table on the next page
    if (j === lines.length) last = j - 1;
    for (let i = k - 1; i >= 0 && kinds[i] !== 'other' && !used.has(i); i--) if (kinds[i] === 'figures') count++;
    // a lone line of a label and a number or two is a piece of running text, not a table
    if (count < MIN_ROWS && tokensOf(lines[k]!.text).filter((t) => NUMBER_TOKEN.test(t)).length < MIN_ROW_NUMBERS) {
      k++;
      continue;
    }
    // upwards: the header, the label lines and lone numbers up to other text (the unit line under the title) or
    // the top of the page (a page that starts with a table's rows continues it)
    let from = k;
    while (from > 0 && k - from < HEADER_LINES && ['label', 'number', 'figures'].includes(kinds[from - 1]!) && !used.has(from - 1)) from--;
    tables.push(unalignedGrid(lines.slice(from, last + 1).map(tokenChunks), page));
    for (let j = from; j <= last; j++) used.add(j);
    k = last + 1;
  }
  return { tables, rest: lines.filter((_, j) => !used.has(j)) };
}

/** The line's tokens as chunks; a token's box is the line's shared out by characters (a text copy's sources only
 * keep the line). */
function tokenChunks(line: TextLine): Chunk[] {
  const tokens = tokensOf(line.text);
  const total = tokens.reduce((n, t) => n + t.length, 0) || 1;
  const perCharacter = (line.box[2] - line.box[0]) / total;
  let x = line.box[0];
  return tokens.map((text) => {
    const box: Box = [x, line.box[1], x + perCharacter * text.length, line.box[3]];
    x = box[2];
    return { text, box };
  });
}
