// The ways real publications print a standard table differently (issue 10 §3), as options applied to a table of
// the corpus model. Each option changes where cells sit or how they are spelled, and the facts cells print
// change with them (a blank printed as 0.00 becomes a fact), so a case's truth is always what it prints.
import type { CorpusCell, CorpusTable, VAlign } from './corpus-table.js';
import { wrapText } from './wrap-text.js';
import { cell, cellsOf, cellText, cloneTable, headerRowCount, isCovered, ownerAt, removeRow, insertRow } from './corpus-table.js';

export interface TableVariant {
  /** Names and row labels longer than this many characters wrap over several lines. */
  wrapNames?: number;
  /** Where codes, names and amounts sit in a body row taller than them (vertically centred cells are 'middle'). */
  valign?: Partial<Record<'code' | 'name' | 'amount', VAlign>>;
  /** Every body row at least this many lines tall, so a one-line name and its numbers can sit on different lines. */
  rowLines?: number;
  /** With split codes: every part on every row ('full', 208 | 05 | 05) or only the row's own part ('own', | | 05). */
  codeParts?: 'full' | 'own';
  /** The 合计 row's numbers on the line above the word 合计. */
  totalNumbersAbove?: boolean;
  /** 类 | 款 | 项 printed on the 合计 row, with 合计 in the name column, instead of on a header row of their own. */
  partsOnTotalRow?: boolean;
  /** The 合计 row of coded tables first (the template) or last. */
  totalAt?: 'top' | 'bottom';
  /** A header row printing 决算数 under every amount column. */
  finalAmountRow?: boolean;
  /** Blank amount cells printed blank, as 0.00 or as ——. */
  blanks?: 'blank' | 'zero' | 'dash';
  /** Amounts of 1000 and more printed with thousands separators. */
  thousands?: boolean;
}

/** The table printed with the variant's options (a copy; the input is left as it was). */
export function applyVariant(input: CorpusTable, variant: TableVariant): CorpusTable {
  const table = cloneTable(input);
  if (variant.codeParts === 'own') ownCodeParts(table);
  if (variant.partsOnTotalRow) partsOnTotalRow(table);
  if (variant.totalAt === 'bottom') totalAtBottom(table);
  if (variant.finalAmountRow) finalAmountRow(table);
  if (variant.blanks && variant.blanks !== 'blank') fillBlanks(table, variant.blanks);
  if (variant.thousands) groupThousands(table);
  if (variant.wrapNames) wrapNames(table, variant.wrapNames);
  if (variant.valign) alignBody(table, variant.valign);
  if (variant.rowLines) for (const row of table.rows) if (row.role === 'body') row.minLines = Math.max(row.minLines ?? 1, variant.rowLines);
  if (variant.totalNumbersAbove) totalNumbersAbove(table);
  return table;
}

const bodyCells = (table: CorpusTable): CorpusCell[] => table.rows.filter((r) => r.role === 'body').flatMap((r) => cellsOf(r).map((c) => c.cell));

/** Runs of code-part columns: 类 | 款 | 项 (function codes) or 类 | 款 (economic codes), on each side. */
function codePartGroups(table: CorpusTable): number[][] {
  const groups: number[][] = [];
  table.columns.forEach((kind, j) => {
    if (kind !== 'code-part') return;
    if (table.columns[j - 1] === 'code-part') groups.at(-1)!.push(j);
    else groups.push([j]);
  });
  return groups;
}

function ownCodeParts(table: CorpusTable): void {
  for (const row of table.rows.filter((r) => r.role === 'body')) {
    for (const group of codePartGroups(table)) {
      const parts = group.map((j) => row.slots[j]!).filter((s) => !isCovered(s)) as CorpusCell[];
      const own = parts.findLastIndex((p) => p.lines.length > 0 && /^\d+$/.test(cellText(p)));
      parts.forEach((p, k) => {
        if (k < own) p.lines = [];
      });
    }
  }
}

function partsOnTotalRow(table: CorpusTable): void {
  const groups = codePartGroups(table);
  if (groups.length !== 1) throw new Error(`${table.id}: 类 | 款 | 项 on the 合计 row needs one run of split code columns`);
  const [group] = groups as [number[]];
  const partsRow = table.rows.findIndex((r) => r.role === 'header' && group.every((j) => ['类', '款', '项'].includes(cellText(ownerAt(r, j)))));
  if (partsRow < 0) throw new Error(`${table.id}: no 类 | 款 | 项 header row`);
  removeRow(table, partsRow);
  const total = table.rows.find((r) => r.total);
  if (!total) return; // an empty table without a 合计 row
  const label = ownerAt(total, group[0]!);
  const nameColumn = group.at(-1)! + 1;
  ['类', '款', '项'].forEach((part, k) => (total.slots[group[k]!] = cell(part, 'code')));
  total.slots[nameColumn] = { ...label, lines: ['合计'], role: 'name', colSpan: 1 };
}

function totalAtBottom(table: CorpusTable): void {
  const at = table.rows.findIndex((r) => r.total);
  if (at < 0) return;
  const [total] = table.rows.splice(at, 1);
  table.rows.push(total!);
}

function finalAmountRow(table: CorpusTable): void {
  const at = headerRowCount(table) - (table.rows.some((r) => r.role === 'column-number') ? 1 : 0);
  const above = table.rows[at - 1];
  if (!above) return;
  const extended = new Set<CorpusCell>();
  const slots = table.columns.map((kind, j) => {
    if (kind === 'amount') return cell('决算数', 'header');
    const owner = ownerAt(above, j);
    if (!extended.has(owner)) owner.rowSpan++;
    extended.add(owner);
    return { covered: owner };
  });
  insertRow(table, at, { role: 'header', slots });
}

function fillBlanks(table: CorpusTable, blanks: 'zero' | 'dash'): void {
  const decimals = bodyCells(table).find((c) => c.fact?.value.includes('.'))?.fact!.value.split('.')[1]!.length ?? 2;
  const zero = (0).toFixed(decimals);
  for (const c of bodyCells(table)) {
    if (c.role !== 'amount' || !c.key || c.fact || c.lines.length > 0) continue;
    if (blanks === 'dash') c.lines = ['——'];
    else {
      c.lines = [zero];
      c.fact = { table: table.id, row: c.key.row, column: c.key.column, value: zero, unit: unitOf(table) };
    }
  }
}

/** The money unit the table's unit line names. */
const unitOf = (table: CorpusTable): string => /单位[：:]\s*(\S+)/.exec(table.unitLine)?.[1] ?? '万元';

function groupThousands(table: CorpusTable): void {
  for (const c of bodyCells(table)) {
    if (!c.fact) continue;
    const [int, frac] = c.fact.value.split('.') as [string, string | undefined];
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    c.lines = [frac === undefined ? grouped : `${grouped}.${frac}`];
  }
}

function wrapNames(table: CorpusTable, width: number): void {
  for (const c of bodyCells(table)) {
    if ((c.role === 'name' || c.role === 'label') && c.colSpan === 1 && c.lines.length === 1 && [...c.lines[0]!].length > width) c.lines = wrapText(c.lines[0]!, width);
  }
}

const VALIGN_GROUP: Partial<Record<CorpusCell['role'], 'code' | 'name' | 'amount'>> = {
  code: 'code',
  'row-number': 'code',
  name: 'name',
  label: 'name',
  amount: 'amount',
};

function alignBody(table: CorpusTable, valign: NonNullable<TableVariant['valign']>): void {
  for (const c of bodyCells(table)) {
    const group = VALIGN_GROUP[c.role];
    const v = group && valign[group];
    if (v) c.valign = v;
  }
}

function totalNumbersAbove(table: CorpusTable): void {
  for (const row of table.rows.filter((r) => r.total)) {
    row.minLines = Math.max(row.minLines ?? 1, 2);
    for (const { cell: c } of cellsOf(row)) c.valign = c.role === 'amount' ? 'top' : 'bottom';
  }
}
