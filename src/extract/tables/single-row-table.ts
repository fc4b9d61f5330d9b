import type { TableSpec } from '../../catalog/kinds/index.js';
import type { GridRow } from '../../read/layout.js';
import { parseCell } from '../amount.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';

/**
 * A header over one data row that carries no label of its own (江苏's 支出预算总表, the 预算's “三公” table): the
 * header names every column, the row is the template's one row. A column the header does not name stays unread.
 */
export function readSingleRowTable(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const key = template.rows?.[0]?.key;
  if (!key) return;
  const isData = (r: GridRow) => !isColumnNumberRow(r) && r.cells.some((c) => parseCell(c.text).kind === 'number');
  const firstData = rows.findIndex(isData);
  if (firstData < 0) return;
  const header = rows.slice(0, firstData).filter((r) => !isColumnNumberRow(r));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const columns = headerPaths(header, width).map((path) => (path.length ? matchColumn(path, template.columns)?.key : undefined));
  // The same key twice means the header was not understood: reading by it would file numbers under wrong columns.
  const named = columns.filter((c) => c !== undefined);
  if (new Set(named).size !== named.length) return;
  for (const row of rows.slice(firstData).filter(isData)) {
    columns.forEach((column, j) => {
      if (column) sink.add(key, column, row.cells[j]);
    });
  }
}
