// The money block of a 自评表: a header naming the columns (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分,
// 山西 with 目标申报数/预算编制数 under 年初预算数 and a 资金结(转)余 column) and rows 年度资金总额, 其中：财政拨款 ….
// OCR shifts cells left and right, so a row is read as its label followed by the run of values, and the values are
// given to the columns in order.
import type { GridRow } from '../../read/layout.js';
import { memoizeText } from '../../model/text-memo.js';
import { amountValue, cellKey, isDash, percentValue, scoreValue } from './values.js';

export type FundingColumn = 'declaredBudget' | 'initialBudget' | 'annualBudget' | 'executed' | 'balance' | 'rate' | 'weight' | 'score';

type HeaderWord = FundingColumn | 'reason';

/** The column a header cell names, by its printed words. Memoised: every row of a table is tried as a header. */
export const fundingColumn = memoizeText((text: string): HeaderWord | undefined => {
  const key = cellKey(text);
  if (/^目标申报数/.test(key)) return 'declaredBudget';
  if (/^(预算编制数|年初预算数?)/.test(key)) return 'initialBudget';
  if (/^全年预算数?|^调整后预算数?|^实际到位/.test(key)) return 'annualBudget';
  if (/^(全年执行数|实际执行数|实际支出数?)/.test(key)) return 'executed';
  if (/（B\/A）|^(预算)?执行率/.test(key)) return 'rate';
  if (/^资金结.*余/.test(key)) return 'balance';
  if (/^分值/.test(key)) return 'weight';
  if (/^得分/.test(key)) return 'score';
  if (/原因/.test(key)) return 'reason';
  return undefined;
});

/** A row that names at least two money columns, one of them a budget or the execution. */
export function isFundingHeader(row: GridRow): boolean {
  const words = new Set(row.cells.map((c) => fundingColumn(c.text)).filter((w) => w !== undefined && w !== 'reason'));
  return words.size >= 2 && (words.has('annualBudget') || words.has('executed') || words.has('initialBudget'));
}

/** A second header row that splits 年初预算数 into 目标申报数 | 预算编制数 and carries no number. */
export function isFundingSubHeader(row: GridRow): boolean {
  const keys = row.cells.map((c) => cellKey(c.text));
  return keys.some((k) => /^(目标申报数|预算编制数)/.test(k)) && !row.cells.some((c) => valueOf(c.text) !== undefined);
}

/** The columns of the value run, in order. 年初预算数 becomes 目标申报数, 预算编制数 when a sub-header splits it. */
export function fundingColumns(header: GridRow, sub?: GridRow): FundingColumn[] {
  const columns: FundingColumn[] = [];
  const split = sub ? sub.cells.map((c) => cellKey(c.text)).filter((k) => /^(目标申报数|预算编制数)/.test(k)) : [];
  for (const cell of header.cells) {
    const word = fundingColumn(cell.text);
    if (word === 'reason') break;
    if (!word) continue;
    if (word === 'initialBudget' && /^年初预算/.test(cellKey(cell.text)) && split.length) {
      columns.push(...split.map((k) => (k.startsWith('目标申报数') ? 'declaredBudget' : 'initialBudget') as FundingColumn));
      continue;
    }
    if (!columns.includes(word)) columns.push(word);
  }
  return columns;
}

const valueOf = (text: string): string | undefined => amountValue(text) ?? percentValue(text) ?? scoreValue(text);
const isValueCell = (text: string): boolean => valueOf(text) !== undefined || isDash(text);

export interface FundingRow {
  label: string;
  values: Partial<Record<FundingColumn, string>>;
  /** Text printed after the values (偏差原因). */
  reason?: string;
}

/** A row of the money block: its label (the last text before the values) and its values by column. */
export function readFundingRow(row: GridRow, columns: readonly FundingColumn[]): FundingRow | undefined {
  const cells = row.cells.map((c) => c.text.trim());
  const first = cells.findIndex((t) => t !== '' && isValueCell(t));
  if (first < 0) return undefined;
  const label = cells
    .slice(0, first)
    .filter((t) => t !== '')
    .map(cellKey)
    .at(-1);
  const run: string[] = [];
  let reason: string | undefined;
  for (const text of cells.slice(first)) {
    if (text === '') continue;
    if (!isValueCell(text)) {
      reason = cellKey(text);
      break;
    }
    run.push(text);
  }
  const values: Partial<Record<FundingColumn, string>> = {};
  run.forEach((text, i) => {
    const column = columns[i];
    if (!column || isDash(text)) return;
    const value = column === 'rate' ? percentValue(text) : column === 'weight' || column === 'score' ? scoreValue(text) : amountValue(text);
    if (value !== undefined) values[column] = value;
  });
  return { label: label ?? '', values, ...(reason ? { reason } : {}) };
}
