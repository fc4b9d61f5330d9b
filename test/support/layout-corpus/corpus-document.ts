// A whole printed package in the corpus model: pages of text lines and table pieces. A table continued over pages
// is several pieces, each printing some of its rows (its header rows again, or not).
import { cellsOf, type CorpusTable } from './corpus-table.js';
import type { DocumentTruth, TruthFact } from './truth.js';

export type TextRole =
  /** cover lines */
  | 'cover'
  /** 目录 and part or section headings */
  | 'heading'
  /** a 目录 entry; its page number is printed after leader dots on the last line */
  | 'toc'
  | 'paragraph'
  /** a table's title, label, year, 部门名称 and unit lines */
  | 'table-title'
  | 'table-meta'
  /** 注：… under a table */
  | 'note'
  /** "- 7 -" at the foot of a page */
  | 'page-number'
  /** a running footer at the foot of a page */
  | 'footer';

export interface TextBlock {
  kind: 'text';
  role: TextRole;
  /** The printed lines: one, or several where the text wraps. */
  lines: string[];
  align?: 'left' | 'center' | 'right';
  /** Heading level (1 = part, 2 = table title or section) where the format marks headings. */
  level?: number;
  /** A 目录 entry's page number. */
  page?: number;
}

export interface TablePiece {
  kind: 'table';
  table: CorpusTable;
  /** Indices of the table's rows this piece prints, in order (header rows first when it repeats them). */
  rows: number[];
}

export type DocBlock = TextBlock | TablePiece | { kind: 'page-break' };

export interface CorpusDocument {
  info: DocumentTruth;
  blocks: DocBlock[];
}

/** The pages of a document: the blocks between page breaks. */
export function pages(doc: CorpusDocument): (TextBlock | TablePiece)[][] {
  const out: (TextBlock | TablePiece)[][] = [[]];
  for (const block of doc.blocks) {
    if (block.kind === 'page-break') out.push([]);
    else out.at(-1)!.push(block);
  }
  return out.filter((p) => p.length > 0);
}

/** Every fact the document prints: the facts of the table rows its pieces print. */
export function printedFacts(doc: CorpusDocument): TruthFact[] {
  const facts: TruthFact[] = [];
  const seen = new Set<string>();
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    for (const r of block.rows) {
      for (const { cell } of cellsOf(block.table.rows[r]!)) {
        if (!cell.fact) continue;
        const key = `${cell.fact.table}|${cell.fact.row}|${cell.fact.column}`;
        if (seen.has(key)) throw new Error(`${key} is printed twice`);
        seen.add(key);
        facts.push(cell.fact);
      }
    }
  }
  return facts;
}
