import type { Box } from './geometry.js';

/** Text of one line between two wide gaps: a table cell when the line belongs to a table printed without rules. */
export interface Chunk {
  text: string;
  box: Box;
}

/** Text that shares a baseline, left to right, cut into chunks at wide gaps. */
export interface TextLine {
  text: string;
  box: Box;
  /** y of the baseline. */
  baseline: number;
  /** The font size: the em that distances on the line and between lines are measured in. */
  size: number;
  chunks: Chunk[];
}

/** Spaces between two Chinese characters: in a table cell they only spread a short name over the cell ("合    计"). */
export const SPREAD_CJK = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60])\s+(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60])/g;

/**
 * The text of lines that wrap inside one box (a table cell, a heading): Chinese and numbers wrap without a
 * space, words in Latin letters keep one.
 */
export function joinWrapped(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (/[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(t)) out += ' ';
    out += t;
  }
  return out;
}
