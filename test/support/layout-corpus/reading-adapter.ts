// The one place the corpus looks at a table's read status (DESIGN.md §3.1, src/model/reading.ts): how completely
// the product read a table, and which printed numbers it reports as unread.
import type { TableInfo } from '../../../src/model/disclosure.js';

export interface ReadingView {
  status: 'complete' | 'partial' | 'unread' | 'empty';
  unread: { text: string; row?: string }[];
}

type WithReading = TableInfo & { reading?: ReadingView; empty?: boolean };

/** The table's read status; a product without read status reports nothing unread. */
export function readingOf(table: TableInfo): ReadingView {
  const t = table as WithReading;
  if (t.reading) return t.reading;
  return { status: t.empty ? 'empty' : 'complete', unread: [] };
}

/** The table as if every printed number had been read: `facts` of them. */
export function fullyRead(table: TableInfo, facts: number): TableInfo {
  const t = table as WithReading;
  if (t.reading) return { ...t, reading: { ...t.reading, status: facts > 0 ? 'complete' : 'empty', facts, unread: [] } } as TableInfo;
  return { ...t, empty: facts === 0 } as TableInfo;
}
