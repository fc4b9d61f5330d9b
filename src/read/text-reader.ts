import type { Layout } from './layout.js';
import { isColumnarRow, readPageCopy } from './text/page-copy.js';
import { readTabSeparated } from './text/tab-separated.js';
import { isTokenRow } from './text/token-tables.js';

/** A copy of a PDF's pages shows at least this many table rows laid out by spaces. */
const MIN_ROWS = 3;

/**
 * Reads the text family. Text with tab-separated rows (exports of Word and Excel tables, markdown) is read line by
 * line; a plain-text copy of a PDF's pages (form feeds between pages, or table rows laid out with spaces) is read
 * like the PDF, from the positions of its text.
 */
export function readText(file: string, content: string): Layout {
  const lines = content.split(/\r\n|\r|\n/);
  if (lines.some((l) => l.includes('\t'))) return readTabSeparated(file, content);
  const rows = lines.filter((l) => isColumnarRow(l) || isTokenRow(l)).length;
  return content.includes('\f') || rows >= MIN_ROWS ? readPageCopy(file, content) : readTabSeparated(file, content);
}
