// CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF) for exports: Excel and WPS take a CSV without the mark for
// the local code page and show the Chinese as mojibake. Text cells that a spreadsheet would run as a formula are prefixed
// with an apostrophe; numbers (including negative ones) are written as they are.
const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** The UTF-8 byte-order mark: tells Excel and WPS the file is UTF-8. */
export const BOM = '\uFEFF';

export const withBom = (csv: string): string => `${BOM}${csv}`;
