import type { TableSpec } from '../../catalog/kinds/index.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import type { FactSink } from '../fact-sink.js';
import { matchColumn } from '../header.js';
import { parseCell } from '../amount.js';
import { compact } from '../normalize.js';
import { SplitCodeReader } from './split-codes.js';

interface Block {
  code: number;
  /** The code printed over 类 | 款 (at `code`, `code + 1`), rebuilt row by row from the rows above. */
  split?: SplitCodeReader;
  name: number;
  /** Amount columns: index → column key (决算数, or 金额 in the two-column variant). */
  amounts: Map<number, string>;
}

const CODE_HEADER = /^(科目代码|科目编码|经济分类科目编码|经济分类科目|经济分类|经济科目编码|代码|编码)$/;
const ECONOMIC_CODE = /^\d{3}(\d{2})?$/;
const TOTALS: readonly string[] = [TERMS.personnelTotal, TERMS.publicTotal];
/** The group headers over the blocks. */
const GROUPS: readonly string[] = [TERMS.personnelExpenses, TERMS.publicExpenses];

/**
 * 公开06: several vertical blocks of (code | name | amount…) side by side, and one bottom line carrying both
 * 人员经费合计 and 公用经费合计.
 */
export function readEconomicBlocksTable(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const headerIndex = rows.findIndex((r) => r.cells.filter((c) => CODE_HEADER.test(compact(c.text))).length >= 2);
  if (headerIndex < 0) return;
  const parts = rows[headerIndex + 1];
  const split = parts !== undefined && parts.cells.filter((c) => compact(c.text) === '类').length > 0;
  const blocks = findBlocks(rows[headerIndex]!, template, split ? parts : undefined);
  const body = rows.slice(headerIndex + (split ? 2 : 1));
  const isTotals = (row: GridRow) => row.cells.some((c) => TOTALS.includes(compact(c.text)));
  // A continued page repeats the header rows: they are neither data nor a break in the 类 carried down.
  const isHeader = (row: GridRow) =>
    row.cells.some((c) => CODE_HEADER.test(compact(c.text))) ||
    row.cells.some((c, j) => compact(c.text) === '类' && compact(row.cells[j + 1]?.text ?? '') === '款') ||
    (row.cells.some((c) => GROUPS.includes(compact(c.text))) && row.cells.every((c) => parseCell(c.text).kind !== 'number'));
  const data = body.filter((row) => !isHeader(row));
  // Block by block, so codes come in reading order (each block is read top to bottom before the next).
  for (const block of blocks) for (const row of data) if (!isTotals(row)) readBlockRow(row, block, sink);
  for (const row of data) if (isTotals(row)) readTotals(row, blocks, sink);
}

/**
 * The blocks of the header row: each starts at a 科目编码 cell and runs to the next. With the code split into 类 | 款
 * (the row below names them), the name follows the 款 column.
 */
function findBlocks(header: GridRow, template: TableSpec, parts: GridRow | undefined): Block[] {
  const starts = header.cells.flatMap((c, j) => (CODE_HEADER.test(compact(c.text)) ? [j] : []));
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? header.cells.length;
    const split = parts !== undefined && compact(parts.cells[start]?.text ?? '') === '类' && compact(parts.cells[start + 1]?.text ?? '') === '款';
    const name = split ? start + 2 : start + 1;
    const amounts = new Map<number, string>();
    for (let j = name + 1; j < end; j++) {
      const column = matchColumn([compact(header.cells[j]?.text ?? '')], template.columns);
      if (column) amounts.set(j, column.key);
    }
    return split ? { code: start, split: new SplitCodeReader(), name, amounts } : { code: start, name, amounts };
  });
}

function readBlockRow(row: GridRow, block: Block, sink: FactSink): void {
  const text = (j: number) => compact(row.cells[j]?.text ?? '');
  const code = block.split ? block.split.next([text(block.code), text(block.code + 1), '']) : text(block.code);
  if (code === undefined || !ECONOMIC_CODE.test(code)) return;
  const partCells = block.split ? [row.cells[block.code + 1], row.cells[block.code]] : [row.cells[block.code]];
  const deepest = partCells.find((c) => c !== undefined && compact(c.text) !== '') ?? row.cells[block.code]!;
  for (const part of partCells) sink.skip(part, 'code', code);
  sink.addCode(code, text(block.name), deepest, code);
  for (const [j, column] of block.amounts) sink.add(code, column, row.cells[j]);
}

// Each number on the totals line belongs to the label printed before it: in the column its position falls in,
// or, when the line is wider than the blocks (seed 003 shifts it), in the order of the label's block columns.
function readTotals(row: GridRow, blocks: Block[], sink: FactSink): void {
  const columnAt = new Map(blocks.flatMap((b) => [...b.amounts]));
  const segments: { label: string; at: number; cells: [number, GridRow['cells'][number]][] }[] = [];
  row.cells.forEach((cell, j) => {
    const text = compact(cell.text);
    if (TOTALS.includes(text)) segments.push({ label: text, at: j, cells: [] });
    else if (text !== '') segments.at(-1)?.cells.push([j, cell]);
  });
  for (const { label, at, cells } of segments) {
    if (cells.every(([j]) => columnAt.has(j))) {
      for (const [j, cell] of cells) sink.add(label, columnAt.get(j)!, cell);
      continue;
    }
    const block = blocks.findLast((b) => b.code <= at) ?? blocks[0];
    const keys = [...(block?.amounts.values() ?? [])];
    cells.forEach(([, cell], k) => {
      if (keys[k]) sink.add(label, keys[k], cell);
    });
  }
}
