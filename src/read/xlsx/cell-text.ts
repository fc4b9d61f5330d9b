import type { Cell, CellValue } from 'exceljs';
import { formatNumber } from './number-format.js';

/** A date as printed in a table: the calendar day, or the day and time when it has one. */
function formatDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * The text a cell displays: numbers through the cell's number format (exact, never float noise), formulas by
 * their cached result (a formula never calculated shows nothing), rich text and hyperlinks by their text.
 */
export function displayText(value: CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return displayText((value as { result?: CellValue }).result, numFmt);
  if ('hyperlink' in value) return displayText((value as { text?: CellValue }).text, numFmt);
  if ('error' in value) return String(value.error);
  return '';
}

/** The cell's displayed text, trimmed, line ends made \n. */
export function cellText(cell: Cell): string {
  return displayText(cell.value, cell.numFmt)
    .replace(/\r\n?/g, '\n')
    .trim();
}
