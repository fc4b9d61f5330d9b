import { catalogCodeName, type TableSpec } from '../../catalog/kinds/index.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import type { FactSink } from '../fact-sink.js';
import { headerPaths, isColumnNumberRow, matchColumn } from '../header.js';
import { compact } from '../normalize.js';
import { findSplitCodeHeader, namesSplitParts, SplitCodeReader, type SplitCodeHeader } from './split-codes.js';

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
export function readCodedTable(printed: GridRow[], template: TableSpec, sink: FactSink): void {
  const split = findSplitCodeHeader(printed);
  if (split) return readSplitCodedTable(printed, split, template, sink);
  // code | name, then the amounts
  const rows = stitchCentredRows(printed, 0, 2);
  const firstData = rows.findIndex((r) => rowHead(r) !== undefined);
  if (firstData < 0) return;
  const header = rows.slice(0, firstData).filter((r) => !isColumnNumberRow(r));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const paths = headerPaths(header, width);

  for (const row of rows.slice(firstData)) {
    const head = rowHead(row);
    if (!head) continue;
    if (head.key !== TERMS.total) sink.addCode(head.key, head.name, row.cells[0]!);
    const columns = mapColumns(paths, head.first, row.cells.length, template);
    columns.forEach((key, j) => {
      if (key) sink.add(head.key, key, row.cells[j]);
    });
  }
}

/**
 * A coded table whose 科目编码 is printed over 类 | 款 | 项 columns (类 | 款 for economic codes). Rows yield the same
 * facts as the single-column layout (row key = full code); a row whose parts do not make a code is left out like
 * any unreadable row, and the arithmetic and completeness rules then see the gap.
 */
function readSplitCodedTable(rows: GridRow[], split: SplitCodeHeader, template: TableSpec, sink: FactSink): void {
  // Some templates print 类 | 款 | 项 on the 合计 row itself (合计 in the name column): that row heads the code
  // columns and carries the totals.
  const partsRow = rows[split.row]!;
  const totalsOnParts = partsRow.cells.some((c, j) => j > split.at + 2 && compact(c.text) === TERMS.total);
  const partsHeader: GridRow = totalsOnParts ? { ...partsRow, cells: partsRow.cells.map((c, j) => (j <= split.at + 2 ? c : { ...c, text: '' })) } : partsRow;
  const headerRows = [...rows.slice(0, split.row), partsHeader].filter((r) => !isColumnNumberRow(r));
  const width = Math.max(...rows.map((r) => r.cells.length));
  const paths = headerPaths(headerRows, width);
  const nameColumn = splitNameColumn(paths, split, template);
  const amountsFrom = nameColumn === undefined ? split.at + split.parts : nameColumn + 1;
  // a page header repeated by a continued table (续表) is neither data nor a break in the 类/款 context
  const rowText = (r: GridRow) => r.cells.map((c) => compact(c.text)).join('\t').replace(/\t+$/, '');
  const repeatedHeader = new Set(headerRows.map(rowText));
  const codes = new SplitCodeReader();

  const body = stitchCentredRows(rows.slice(totalsOnParts ? split.row : split.row + 1), split.at, amountsFrom);
  for (const row of body) {
    const text = (j: number) => compact(row.cells[j]?.text ?? '');
    // 合计 is printed in the (merged) code cells or in the name column
    const lead = Array.from({ length: amountsFrom - split.at }, (_, i) => text(split.at + i));
    const total = lead.includes(TERMS.total);
    if (isColumnNumberRow(row) || (namesSplitParts(row, split.at) && !total) || repeatedHeader.has(rowText(row))) continue;
    let key: string | undefined;
    if (total) {
      key = TERMS.total;
      for (let j = split.at; j < amountsFrom; j++) if (text(j) !== TERMS.total) sink.skip(row.cells[j], 'label', key);
    }
    else {
      const name = nameColumn === undefined ? '' : text(nameColumn);
      // a part printed without its leading zero is read only when the catalog names the repaired code as printed
      const confirms = (code: string) => name !== '' && catalogCodeName(template.id, code) === name;
      key = codes.next([text(split.at), text(split.at + 1), split.parts === 3 ? text(split.at + 2) : ''], confirms);
      if (key === undefined) continue;
      // provenance of the code: the cell of its deepest printed part; the other parts are part of the code too
      const parts = Array.from({ length: split.parts }, (_, i) => row.cells[split.at + split.parts - 1 - i]);
      for (const part of parts) sink.skip(part, 'code', key);
      const deepest = parts.find((c) => c !== undefined && compact(c.text) !== '');
      sink.addCode(key, name, deepest ?? row.cells[split.at]!);
    }
    const columns = mapColumns(paths, amountsFrom, row.cells.length, template);
    columns.forEach((column, j) => {
      if (column) sink.add(key, column, row.cells[j]);
    });
  }
}

/**
 * Rows of a table whose cells are centred vertically: a row's amounts may print on a line of their own, beside a
 * line holding only its code or label (合计 printed under its numbers). Such a pair is one row when the amounts-only
 * line has exactly one lead-only neighbour; with two (or none) it is left as it is, and its numbers stay unread.
 */
function stitchCentredRows(rows: readonly GridRow[], leadFrom: number, amountsFrom: number): GridRow[] {
  const leadText = (r: GridRow) => r.cells.slice(leadFrom, amountsFrom).some((c) => compact(c.text) !== '');
  const amounts = (r: GridRow) => r.cells.slice(amountsFrom).some((c) => compact(c.text) !== '');
  const amountsOnly = (r: GridRow | undefined) => r !== undefined && amounts(r) && !leadText(r);
  const leadOnly = (r: GridRow | undefined) =>
    r !== undefined && leadText(r) && !amounts(r) && r.cells.slice(leadFrom, amountsFrom).some((c) => /^(\d{2,7}|合计)$/.test(compact(c.text)));
  const out: GridRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (!amountsOnly(row)) {
      out.push(row);
      continue;
    }
    const [above, below] = [leadOnly(out.at(-1)) && !amountsOnly(rows[k - 2]) ? out.at(-1) : undefined, leadOnly(rows[k + 1]) && !amountsOnly(rows[k + 2]) ? rows[k + 1] : undefined];
    const partner = above && below ? undefined : (above ?? below);
    if (!partner) {
      out.push(row);
      continue;
    }
    const merged: GridRow = { ...partner, cells: partner.cells.map((c, j) => (j >= amountsFrom && row.cells[j] ? row.cells[j]! : c)) };
    for (let j = amountsFrom; j < row.cells.length; j++) if (j >= merged.cells.length) merged.cells.push(row.cells[j]!);
    if (partner === above) out[out.length - 1] = merged;
    else {
      out.push(merged);
      k++;
    }
  }
  return out;
}

/**
 * The 科目名称 column of a split-code table: the column the header names so, else the one right after 项 unless the
 * header names it as an amount column (a table printed without names).
 */
function splitNameColumn(paths: string[][], { at, parts }: SplitCodeHeader, template: TableSpec): number | undefined {
  const named = paths.findIndex((p, j) => j >= at + parts && p.some((t) => t.endsWith('名称')));
  if (named >= 0) return named;
  const next = paths[at + parts];
  return next && next.length && matchColumn(next, template.columns) ? undefined : at + parts;
}

/**
 * Column keys by index. The header decides where it names the columns; otherwise the template's order is used
 * from the first amount column (a table printed without its header, or with a header we cannot read).
 */
function mapColumns(paths: string[][], first: number, width: number, template: TableSpec): (string | undefined)[] {
  const byHeader = paths.map((p, j) => (j >= first && p.length ? matchColumn(p, template.columns)?.key : undefined));
  const named = byHeader.filter(Boolean).length;
  if (named > 0 && new Set(byHeader.filter(Boolean)).size === named) return byHeader;
  return Array.from({ length: width }, (_, j) => (j >= first ? template.columns[j - first]?.key : undefined));
}
