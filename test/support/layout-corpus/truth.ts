// What a corpus case prints and must be read as: its facts, keyed as the golden data key them, and its document info.
import type { TableId } from '../../../src/model/table-id.js';

/** One printed number that must be read as a fact: (table, row, column) and the exact decimal printed. */
export interface TruthFact {
  table: TableId;
  row: string;
  column: string;
  /** As printed, thousands separators removed. */
  value: string;
  /** The fact's unit (万元, 元, or 辆 for counts). */
  unit: string;
}

/** The document a case prints: who, which year, the money unit, and the standard tables it prints (empty ones too). */
export interface DocumentTruth {
  department: string;
  year: number;
  unit: string;
  tables: TableId[];
}

export const truthKey = (f: Pick<TruthFact, 'table' | 'row' | 'column'>): string => `${f.table}|${f.row}|${f.column}`;
