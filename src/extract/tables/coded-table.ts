import type { TableTemplate } from '../../catalog/tables.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact } from '../normalize.js';

const CODE = /^(\d{3}(?:\d{2}){0,2})(.*)$/;

interface RowHead {
  key: string;
  name: string;
  /** Column where the amounts start. */
  first: number;
}

// A data row starts with a function code (3/5/7 digits), or 合计 in the code or name column.
// Some exports put code and name in one cell ("2101501 行政运行").
function rowHead(row: GridRow): RowHead | undefined {
  const c0 = compact(row.cells[0]?.text ?? '');
  const c1 = compact(row.cells[1]?.text ?? '');
  if (c0 === TERMS.total || (c0 === '' && c1 === TERMS.total)) return { key: TERMS.total, name: TERMS.total, first: c0 === TERMS.total && c1 !== '' && !/^\D/.test(c1) ? 1 : 2 };
  const m = CODE.exec(c0);
  if (!m) return undefined;
  return m[2] ? { key: m[1]!, name: m[2], first: 1 } : { key: m[1]!, name: c1, first: 2 };
}

/** Tables whose rows are function codes: 公开02, 03, 05, 07, 08. */
export function readCodedTable(rows: GridRow[], template: TableTemplate, sink: FactSink): void {
  const firstData = rows.findIndex((r) => rowHead(r) !== undefined);
  if (firstData < 0) return;
  const header = rows.slice(0, firstData).filter((r) => !isColumnNumberRow(r));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const paths = headerPaths(header, width);

  for (const row of rows.slice(firstData)) {
    const head = rowHead(row);
    if (!head) continue;
    if (head.key !== TERMS.total) sink.addCode(head.key, head.name, row.cells[0]!.source);
    const columns = mapColumns(paths, head.first, row.cells.length, template);
    columns.forEach((key, j) => {
      if (key) sink.add(head.key, key, row.cells[j]);
    });
  }
}

/**
 * Column keys by index. The header decides where it names the columns; otherwise the template's order is used
 * from the first amount column (a table printed without its header, or with a header we cannot read).
 */
function mapColumns(paths: string[][], first: number, width: number, template: TableTemplate): (string | undefined)[] {
  const byHeader = paths.map((p, j) => (j >= first && p.length ? matchColumn(p, template.columns)?.key : undefined));
  const named = byHeader.filter(Boolean).length;
  if (named > 0 && new Set(byHeader.filter(Boolean)).size === named) return byHeader;
  return Array.from({ length: width }, (_, j) => (j >= first ? template.columns[j - first]?.key : undefined));
}
