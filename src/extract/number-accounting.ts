// Unread is never zero (DESIGN.md §3.1): after a table reader has run, every number printed in the table's region
// is accounted for as a fact, a known non-fact or unread, and the table gets its read status from that.
import type { NonFactKind, TableReading, UnreadNumber } from '../model/reading.js';
import type { GridCell, GridRow, LineBlock } from '../read/layout.js';
import { isIllegibleAmount, parseCell, parseRowNumber } from './amount.js';
import type { FactSink } from './fact-sink.js';
import { isColumnNumberRow } from './header.js';
import { matchesOf } from './pattern-matches.js';

/** A printed number: digits with thousands separators and decimals, maybe signed, maybe a percentage. */
const NUMBER = /[-−]?\d[\d,，]*(?:\.\d+)?%?/g;
/** An amount as tables print it: decimals or thousands separators. Never part of a label. */
const AMOUNT = /\.\d|[,，]\d{3}/;
const YEAR = /^(?:19|20)\d{2}$/;
/** A code printed at the head of a label cell ("2101501行政运行", "301 01 基本工资"). */
const CODE = /^\d{2,7}$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Lines that only number the page: "12", "- 12 -", "第 12 页", "第12页 共30页", "12/30". */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** A line numbering the columns of a table printed without its grid ("栏次 1 2 3 4 5 6" in a text copy). */
function numbersColumns(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const numbers = (words[0]?.replace(/\s+/g, '') === '栏次' ? words.slice(1) : words).map((w) => (/^\d{1,2}$/.test(w) ? Number(w) : NaN));
  return numbers.length >= 3 && numbers.every((n, k) => !Number.isNaN(n) && (k === 0 || n === numbers[k - 1]! + 1));
}

interface Token {
  text: string;
  /** Where it stands in `in`, the text it was found in. */
  index: number;
  in: string;
}

function tokens(text: string): Token[] {
  return matchesOf(NUMBER, text).map((m) => ({ text: m[0], index: m.index, in: text }));
}

/**
 * What a number that no reader used is, when that is plain from how it is printed: part of a label ("单价100万元",
 * "1.一般公共预算", "2024年度"), a year, or a code at the head of a label. Amounts are never classified away.
 */
function classifyLoose(token: Token): NonFactKind | undefined {
  if (AMOUNT.test(token.text)) return undefined;
  // the characters before and after it in its text (cut only here: most numbers are facts and never get here)
  const before = token.in.slice(0, token.index);
  const after = token.in.slice(token.index + token.text.length);
  const glued = /[^\s\d]$/.test(before) || /^[^\s\d.]/.test(after) || /^\.\D/.test(after) || /^\.$/.test(after);
  if (YEAR.test(token.text) && /^\s*年/.test(after)) return 'year';
  if (CODE.test(token.text) && before.trim() === '' && CJK.test(after)) return 'code';
  if (glued) return 'label';
  return undefined;
}

export interface RegionContent {
  rows: readonly GridRow[];
  /** Lines printed inside the region that are neither the grid nor its title, unit, label or notes. */
  lines: readonly LineBlock[];
}

/** Accounts for every number printed in a table's region after its reader has filled `sink`. */
export function accountNumbers(region: RegionContent, sink: FactSink): TableReading {
  let numbers = 0;
  let nonFacts = 0;
  const unread: UnreadNumber[] = [];
  const rowNumberColumns = findRowNumberColumns(region.rows, sink);
  const firstData = region.rows.findIndex((r) => r.cells.some((c) => sink.placement(c)?.row !== undefined));
  // A row printed again (a continued page repeats rows, a layout prints a row twice) is read once: its second print
  // is accounted for by the first when every cell of it repeats that row.
  const printed = new Set<string>();

  region.rows.forEach((row, r) => {
    const signature = row.cells.map((c) => c.text.replace(/\s+/g, '')).join('\t');
    const repeated = printed.has(signature);
    printed.add(signature);
    // An unread number belongs to the row the reader saw here only when the printed row is one row of the table
    // (a two-sided table prints two, one per side: which one an unread number belongs to is not known).
    const keys = new Set(row.cells.flatMap((c) => sink.placement(c)?.row ?? []));
    const rowKey = keys.size === 1 ? [...keys][0] : undefined;
    const columnNumbers = isColumnNumberRow(row);
    // Rows above the first one a reader used are the header (only known when the reader used some row).
    const header = firstData >= 0 && r < firstData;
    row.cells.forEach((cell, j) => {
      // An amount whose glyphs the source does not give is a number read as nothing: unread, never blank.
      if (isIllegibleAmount(cell.text) && !sink.placement(cell)?.nonFact) {
        numbers++;
        unread.push(rowKey === undefined ? { text: cell.text.trim(), source: cell.source } : { text: cell.text.trim(), source: cell.source, row: rowKey });
        return;
      }
      const found = tokens(cell.text);
      if (found.length === 0) return;
      numbers += found.length;
      const placed = sink.placement(cell);
      if (placed?.nonFact) {
        nonFacts += found.length;
        return;
      }
      if (placed?.unread) {
        for (const token of found) unread.push(placed.row === undefined ? { text: token.text, source: cell.source } : { text: token.text, source: cell.source, row: placed.row });
        return;
      }
      const whole = parseCell(cell.text).kind === 'number';
      if (placed && whole) return; // a fact
      if (repeated && sink.repeatOf(cell) !== undefined) {
        nonFacts += found.length;
        return;
      }
      for (const token of found) {
        const kind = classifyCellToken(token, cell, { whole, columnNumbers, header, rowNumber: rowNumberColumns.has(j) });
        if (kind) nonFacts++;
        else unread.push(rowKey === undefined ? { text: token.text, source: cell.source } : { text: token.text, source: cell.source, row: rowKey });
      }
    });
  });

  for (const line of region.lines) {
    const found = tokens(line.text);
    numbers += found.length;
    if (PAGE_NUMBER.test(line.text.trim()) || numbersColumns(line.text)) {
      nonFacts += found.length;
      continue;
    }
    for (const token of found) {
      if (classifyLoose(token)) nonFacts++;
      else unread.push({ text: token.text, source: line.source });
    }
  }

  const facts = numbers - nonFacts - unread.length;
  // A table that prints only its 栏次 and codes has no amount to read: it is empty, like one with no number at all.
  const status = unread.length > 0 ? (facts > 0 ? 'partial' : 'unread') : facts > 0 ? 'complete' : 'empty';
  return { status, numbers, facts, nonFacts, unread };
}

function classifyCellToken(token: Token, cell: GridCell, at: { whole: boolean; columnNumbers: boolean; header: boolean; rowNumber: boolean }): NonFactKind | undefined {
  if (at.whole && at.columnNumbers) return 'column-number';
  if (at.whole && at.rowNumber) return 'row-number';
  if (at.header && YEAR.test(token.text)) return 'year';
  if (at.header && at.whole && parseRowNumber(cell.text) !== undefined && !AMOUNT.test(token.text)) return 'column-number';
  return classifyLoose(token);
}

const ROW_NUMBER_HEADER = /^(行次|栏次|序号)$/;

/**
 * Columns that number the rows (行次) without the reader having said so: headed 行次, or every filled cell a whole
 * number and the numbers counting up down the table, mostly by one (a column of amounts never does).
 */
function findRowNumberColumns(rows: readonly GridRow[], sink: FactSink): Set<number> {
  const out = new Set<number>();
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let j = 0; j < width; j++) {
    const values: number[] = [];
    let other = false;
    let headed = false;
    for (const row of rows) {
      const cell = row.cells[j];
      if (!cell || cell.text.trim() === '' || sink.placement(cell)) continue;
      if (ROW_NUMBER_HEADER.test(cell.text.replace(/\s+/g, ''))) headed = true;
      const n = parseRowNumber(cell.text);
      if (n === undefined) {
        if (tokens(cell.text).length > 0) other = true;
        continue;
      }
      values.push(n);
    }
    if (other || values.length === 0) continue;
    const steps = values.slice(1).map((v, k) => v - values[k]!);
    const counting = values.length >= 3 && steps.every((s) => s >= 1 && s <= 3) && steps.filter((s) => s === 1).length >= 0.8 * steps.length;
    if (headed || counting) out.add(j);
  }
  return out;
}
