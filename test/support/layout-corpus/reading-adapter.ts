// The one place the corpus looks at a table's read status (DESIGN.md §3.1, src/model/reading.ts): which printed
// numbers the product reports as unread, and the table as it would be with every number read.
import type { TableInfo } from '../../../src/model/disclosure.js';
import type { TableReading } from '../../../src/model/reading.js';

/** The table's read status. */
export const readingOf = (table: TableInfo): TableReading => table.reading;

/** The table as if every printed number had been read: `facts` of them, nothing unread. */
export function fullyRead(table: TableInfo, facts: number): TableInfo {
  return { ...table, reading: { ...table.reading, status: facts > 0 ? 'complete' : 'empty', facts, unread: [], numbers: table.reading.nonFacts + facts } };
}
