// A copy of a PDF's pages as plain text (pdftotext -layout, pdfplumber, a viewer's copy) places text in character
// columns and lines: a character's column stands for its x, a line for its y. The lines are given the geometry the
// positioned-text machinery measures in (positioned-text/lines.ts), so a copy is read like the page it came from.
import { isWide } from '../positioned-text/char-width.js';
import type { Chunk, TextLine } from '../positioned-text/lines.js';

/** The em of a text page: a line is this many units high, a column half of it (a Chinese character is one em). */
export const EM = 2;

/**
 * How columns are counted. Tools that place text by its x on the page (pdftotext -layout, pdfplumber) give every
 * character one column; text aligned for display in a monospaced font gives Chinese characters two (their East
 * Asian width).
 */
export type Measure = 'characters' | 'display';

/** A word of a line: its text and its columns [x0, x1). */
interface Word {
  text: string;
  x0: number;
  x1: number;
  /** Space characters between the previous word and this one. */
  spaces: number;
}

/** A number as tables print it (thousands separators, decimals, a sign, a percentage), or a dash for a blank. */
export const NUMBER_TOKEN = /^[-−]?\d[\d,，]*(\.\d+)?%?$|^[—–\-－―]+$/;
const SPACE = /[ \u3000\u00a0]/;

function width(ch: string, measure: Measure): number {
  return measure === 'display' && isWide(ch) ? 2 : 1;
}

function wordsOf(text: string, measure: Measure): Word[] {
  const words: Word[] = [];
  let x = 0;
  let spaces = 0;
  let word: Word | undefined;
  for (const ch of text) {
    const w = width(ch, measure);
    if (SPACE.test(ch)) {
      word = undefined;
      spaces++;
    } else {
      if (!word) {
        word = { text: '', x0: x, x1: x, spaces };
        words.push(word);
        spaces = 0;
      }
      word.text += ch;
      word.x1 = x + w;
    }
    x += w;
  }
  return words;
}

/** Whether a line lays its text out in columns: two words at least two spaces apart. */
export function isColumnar(text: string): boolean {
  return /\S[ \u3000\u00a0]{2,}\S/.test(text);
}

/**
 * Cuts a line into chunks. Runs of two spaces or more separate cells. In a line laid out in columns a single space
 * also separates a number from its neighbours (pdftotext keeps at least one space between two cells, and a
 * crowded row of amounts gets no more); in running text a single space is a word space.
 */
function chunksOf(words: readonly Word[], columnar: boolean, y: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (current.length > 0) chunks.push({ text: current.map((w) => w.text).join(' '), box: [current[0]!.x0, y, current.at(-1)!.x1, y + EM] });
    current = [];
  };
  for (const word of words) {
    const previous = current.at(-1);
    if (previous && (word.spaces >= 2 || (columnar && (NUMBER_TOKEN.test(word.text) || NUMBER_TOKEN.test(previous.text))))) flush();
    current.push(word);
  }
  flush();
  return chunks;
}

/** The line `text`, the `index`-th (0-based) of its page, placed on the page; undefined for a blank line. */
export function placeLine(text: string, index: number, measure: Measure): TextLine | undefined {
  const words = wordsOf(text, measure);
  if (words.length === 0) return undefined;
  const y = index * EM;
  const chunks = chunksOf(words, isColumnar(text), y);
  return { text: chunks.map((c) => c.text).join(' '), box: [chunks[0]!.box[0], y, chunks.at(-1)!.box[2], y + EM], baseline: y + EM, size: EM, chunks };
}

/**
 * The measure under which the page's columns line up: numbers printed after Chinese text end in the same column as
 * numbers on other lines (they are right-aligned in their cells). Counting characters is the default; display
 * width wins only when it lines them up with more of the others.
 */
export function chooseMeasure(lines: readonly string[]): Measure {
  const score = (measure: Measure) => {
    const ends = new Map<number, number>();
    const probes: number[] = [];
    for (const text of lines) {
      if (!isColumnar(text)) continue;
      let wide = false;
      for (const word of wordsOf(text, measure)) {
        if (NUMBER_TOKEN.test(word.text)) {
          ends.set(word.x1, (ends.get(word.x1) ?? 0) + 1);
          if (wide) probes.push(word.x1);
        }
        wide ||= [...word.text].some(isWide);
      }
    }
    // how many other numbers each probe lines up with: ending in its column, or (half) next to it
    const at = (x: number) => ends.get(x) ?? 0;
    return probes.reduce((sum, x) => sum + at(x) - 1 + (at(x - 1) + at(x + 1)) / 2, 0);
  };
  return score('display') > score('characters') ? 'display' : 'characters';
}
