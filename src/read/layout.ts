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
