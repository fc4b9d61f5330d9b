import type { Source } from '../model/source.js';

/**
 * What every reader produces: an ordered list of text lines and table grids, each with its provenance.
 * Nothing here knows what a 决算 is.
 */
export interface LineBlock {
  kind: 'line';
  /** The visible text, markup removed, surrounding whitespace trimmed. */
  text: string;
  /** Heading level when the format marks it (markdown #, Word heading style); undefined for body text. */
  heading?: number;
  bold?: boolean;
  source: Source;
  /** A paragraph joined from several printed lines: where each line starts in `text` and where it was printed. */
  pieces?: LinePiece[];
}

/** One printed line of a joined paragraph: its first character's offset in the paragraph's text, and its place. */
export interface LinePiece {
  offset: number;
  source: Source;
}

export interface GridCell {
  text: string;
  source: Source;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  /** How sure OCR is of the text, 0–1, when it was recognised from an image (a scanned page); absent otherwise. */
  confidence?: number;
}

export interface GridRow {
  cells: GridCell[];
  source: Source;
}

export interface GridBlock {
  kind: 'grid';
  rows: GridRow[];
  /**
   * Set when the cells do not line up in columns: each row's cells are its tokens in reading order (a copy of a PDF
   * that separates cells by single spaces, where the columns cannot be told), so a cell's index says nothing about
   * its column and blank cells are not there at all. Absent for grids whose cells line up by index.
   */
  unaligned?: true;
  source: Source;
}

export type Block = LineBlock | GridBlock;

export type LayoutFormat = 'text' | 'pdf' | 'docx' | 'xlsx' | 'html';

export interface Layout {
  /** The path the user gave, used in messages. */
  file: string;
  format: LayoutFormat;
  blocks: Block[];
}
