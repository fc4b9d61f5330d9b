import type { Deadline } from '../deadline.js';
import { GridAssembler, joinLines } from '../grid-builder.js';
import type { GridBlock } from '../layout.js';
import { attr, isHtmlElement, isInvisible, type HtmlElement } from './html-dom.js';
import { LineCollector, type HtmlLine } from './html-lines.js';

/** Spans are clamped to these (the HTML table model's own limits are 1000 columns and 65534 rows). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 10_000;

/** The rows of a table in document order: those of thead, tbody and tfoot, and rows directly under it. */
export function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const c of table.childNodes) {
    if (!isHtmlElement(c) || isInvisible(c)) continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const r of c.childNodes) if (isHtmlElement(r) && r.tagName === 'tr' && !isInvisible(r)) rows.push(r);
    }
  }
  return rows;
}

export const rowCells = (tr: HtmlElement): HtmlElement[] => tr.childNodes.filter((c): c is HtmlElement => isHtmlElement(c) && (c.tagName === 'td' || c.tagName === 'th'));

function span(e: HtmlElement, name: string, max: number): number {
  const n = Number.parseInt(attr(e, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** A cell's text as lines (<br>, paragraphs), and whether all of it is bold (th, b, strong). */
function cellText(td: HtmlElement, deadline: Deadline): { text: string; bold: boolean } {
  const lines: HtmlLine[] = [];
  const collector = new LineCollector({ line: (l) => lines.push(l) }, deadline);
  collector.collect(td);
  collector.flush();
  return { text: joinLines(lines.map((l) => l.text)), bold: lines.length > 0 && lines.every((l) => l.bold) };
}

/**
 * A data table (one without tables inside) as a grid, placing cells by the HTML table model: each cell takes the
 * first free position of its row, rowspan and colspan cover the positions below and to the right. Sources are
 * `{ line: row ordinal, column: grid column }`.
 */
export function readHtmlTable(table: HtmlElement, nextOrdinal: () => number, deadline: Deadline): GridBlock | undefined {
  const rows = tableRows(table);
  if (rows.length === 0) return undefined;
  const grid = new GridAssembler();
  const lines: number[] = [];
  rows.forEach((tr, r) => {
    deadline.check();
    const line = nextOrdinal();
    lines.push(line);
    let col = 0;
    for (const td of rowCells(tr)) {
      while (grid.isTaken(r, col)) col++;
      const { text, bold } = cellText(td, deadline);
      const colSpan = span(td, 'colspan', MAX_COLSPAN);
      const rowSpan = Math.min(span(td, 'rowspan', MAX_ROWSPAN), rows.length - r);
      grid.place(r, col, { text, colSpan, rowSpan, ...(bold ? { bold } : {}), source: { line, column: col + 1 } });
      col += colSpan;
    }
  });
  return grid.toBlock(
    rows.length,
    (r) => ({ line: lines[r]! }),
    (r, c) => ({ line: lines[r]!, column: c + 1 }),
  );
}
