import type { TableId } from '../model/table-id.js';
import type { Block } from '../read/layout.js';
import { compact } from './normalize.js';
import { matchTableTitle } from './table-title.js';

export interface TableOfContents {
  /** Index range [start, end) of the contents in the layout. */
  start: number;
  end: number;
  tables: TableId[];
  /** Part headings listed (第三部分 情况说明 …), compacted, without page numbers. */
  parts: string[];
}

const CONTENTS = /^目录$/;
const PART = /^第[一二三四五六七八九十]+部分/;
const ORDINAL = /^[一二三四五六七八九十]+、/;

function entryText(b: Block): string {
  const text = b.kind === 'line' ? b.text : b.rows.map((r) => r.cells[0]?.text ?? '').join('\n');
  return text;
}

/** A piece of a wrapped entry on its own line ("表", "情况说明"): short, no ordinal, no page number. */
const WRAPPED_PIECE = /^[\u4e00-\u9fff“”（）()]{1,12}$/;

/** The table of contents right after a 目录 heading: the tables and parts it promises. */
export function readTableOfContents(blocks: Block[]): TableOfContents | undefined {
  const start = blocks.findIndex((b) => b.kind === 'line' && CONTENTS.test(compact(b.text)));
  if (start < 0) return undefined;
  const toc: TableOfContents = { start, end: start + 1, tables: [], parts: [] };
  const seenParts = new Set<string>();
  let lastEntry = '';
  for (let i = start + 1; i < blocks.length; i++) {
    const entries = entryText(blocks[i]!).split('\n').map((t) => compact(t).replace(/\.{2,}.*$|…+.*$/, ''));
    let isEntry = false;
    // An entry wrapped onto the next line: the piece completes the part heading or table title above it.
    const piece = entries.length === 1 ? entries[0]! : '';
    if (WRAPPED_PIECE.test(piece) && !PART.test(piece) && !ORDINAL.test(piece) && toc.end === i && lastEntry !== '') {
      const joined = lastEntry + piece;
      if (PART.test(lastEntry)) toc.parts[toc.parts.length - 1] = joined;
      const table = matchTableTitle(joined);
      if (table && !matchTableTitle(lastEntry)) toc.tables.push(table.id);
      lastEntry = joined;
      toc.end = i + 1;
      continue;
    }
    for (const entry of entries) {
      lastEntry = entry;
      const part = PART.exec(entry);
      // The body repeats the first part heading: the contents end there.
      if (part && seenParts.has(part[0])) return toc;
      if (part) {
        seenParts.add(part[0]);
        toc.parts.push(entry);
        isEntry = true;
      }
      const table = matchTableTitle(entry);
      if (table) {
        toc.tables.push(table.id);
        isEntry = true;
      } else if (ORDINAL.test(entry)) isEntry = true;
    }
    if (!isEntry) return toc;
    toc.end = i + 1;
  }
  return toc;
}
