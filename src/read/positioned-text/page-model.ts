// Text placed on pages, as the PDF reader (from pdf.js and OCR) and the text reader (from a space-aligned copy of a
// PDF) both see it: the shared machinery here finds tables printed without rules, drops page furniture, joins tables
// continued over pages and wraps paragraphs, whatever the text came from. The sources it writes are page + box in
// the page's own geometry; a reader whose pages are not PDF pages turns them into its own sources afterwards.
import type { GridBlock } from '../layout.js';
import type { Box } from './geometry.js';
import type { TextLine } from './lines.js';

/** A text line outside any table, on its page. */
export interface PageLine extends TextLine {
  kind: 'line';
  page: number;
}

/** A table read from a page; `columns` are the x positions of its column borders (used to join continued tables). */
export interface PageGrid {
  kind: 'grid';
  page: number;
  box: Box;
  columns: number[];
  grid: GridBlock;
}

export type PageBlock = PageLine | PageGrid;

/** One page as a reader sees it between placing its text and assembling the layout: blocks top to bottom. */
export interface Page {
  number: number;
  width: number;
  height: number;
  blocks: PageBlock[];
  /**
   * For a scanned page read turned or straightened: maps a box of this (upright) reading onto the page as
   * displayed, where sources must point. The blocks keep upright geometry for joining lines and tables.
   */
  toDisplayed?: (box: Box) => Box;
  /**
   * The page's lines carry no indentation (a copy of a page's text without its layout), so a paragraph's first line
   * cannot be told by its indent: a line that ends a sentence ends its paragraph.
   */
  unindented?: boolean;
  /**
   * Positions on the page are only approximate: a text copy places text in character columns and spaces every page
   * anew, so a table continued on this page may have its columns at other places than on the page before.
   */
  approximate?: boolean;
}
