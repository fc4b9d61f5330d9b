import { GridAssembler, joinLines, type PlacedCell } from '../grid-builder.js';
import type { GridBlock } from '../layout.js';
import { isElement, type XmlElement } from '../xml/xml-tree.js';
import { readParagraph, type DocxContext } from './docx-paragraph.js';
import { intVal, isW, wChild, wChildren, wVal } from './wordml.js';

/** Hands out the 1-based ordinals of the document's paragraphs and table rows, in document order. */
export interface Ordinals {
  next(): number;
}

/** Spans are clamped to this (Word's own limit is 63 columns). */
const MAX_SPAN = 1000;

/** Elements whose children are the rows or cells of a table (content controls, custom XML, tracked moves). */
function unwrap(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (isW(c, name)) out.push(c);
    else if (isW(c, 'sdt')) {
      const content = wChild(c, 'sdtContent');
      if (content) out.push(...unwrap(content, name));
    } else if (isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'moveTo')) out.push(...unwrap(c, name));
  }
  return out;
}

/**
 * A w:tbl as a grid: w:gridSpan widens a cell over grid columns, w:vMerge continues the cell above, w:hMerge
 * (older files) continues the cell to the left, w:gridBefore skips leading columns. Sources are
 * `{ line: row ordinal, column: grid column }`.
 */
export function readTable(tbl: XmlElement, ctx: DocxContext, ordinals: Ordinals): GridBlock | undefined {
  const grid = new GridAssembler();
  grid.widen(wChildren(wChild(tbl, 'tblGrid') ?? tbl, 'gridCol').length);
  const rowLines: number[] = [];
  /** The cell a vertical merge continues, by grid column. */
  const open = new Map<number, { row: number; col: number; cell: PlacedCell }>();

  for (const tr of unwrap(tbl, 'tr')) {
    ctx.deadline.check();
    const r = rowLines.length;
    const line = ordinals.next();
    rowLines.push(line);
    const trPr = wChild(tr, 'trPr');
    let col = Math.min(MAX_SPAN, Math.max(0, intVal(wVal(trPr, 'gridBefore'), 0)));
    let left: { col: number; cell: PlacedCell } | undefined;
    for (const tc of unwrap(tr, 'tc')) {
      const tcPr = wChild(tc, 'tcPr');
      const span = Math.min(MAX_SPAN, Math.max(1, intVal(wVal(tcPr, 'gridSpan'), 1)));
      const vMerge = wChild(tcPr, 'vMerge');
      const hMerge = wVal(tcPr, 'hMerge');
      const continuesAbove = vMerge !== undefined && (vMerge.attrs['val'] ?? 'continue') !== 'restart';
      const above = open.get(col);
      if (continuesAbove && above && above.row + above.cell.rowSpan === r) {
        grid.extendDown(above.row, above.col, above.cell);
        left = undefined;
        col += above.cell.colSpan;
        continue;
      }
      if (hMerge === 'continue' && left) {
        grid.extendRight(r, left.col, left.cell, span);
        col += span;
        continue;
      }
      while (grid.isTaken(r, col)) col++;
      const { text, bold } = cellText(tc, ctx);
      const placed: PlacedCell = { text, colSpan: span, rowSpan: 1, source: { line, column: col + 1 } };
      if (bold) placed.bold = true;
      grid.place(r, col, placed);
      for (let c = col; c < col + span; c++) open.delete(c);
      if (vMerge !== undefined) open.set(col, { row: r, col, cell: placed });
      left = { col, cell: placed };
      col += span;
    }
  }
  if (rowLines.length === 0) return undefined;
  return grid.toBlock(
    rowLines.length,
    (r) => ({ line: rowLines[r]! }),
    (r, c) => ({ line: rowLines[r]!, column: c + 1 }),
  );
}

/**
 * A cell's text: its paragraphs one per line; a table nested in the cell is flattened into lines. Bold when
 * every paragraph with text is bold.
 */
function cellText(tc: XmlElement, ctx: DocxContext): { text: string; bold: boolean } {
  const lines: string[] = [];
  let bold = true;
  const visit = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (isW(c, 'p')) {
        const paragraph = readParagraph(c, ctx);
        if (paragraph.lines.some((l) => l.trim() !== '')) bold &&= paragraph.bold;
        lines.push(...paragraph.lines.map((l) => l.replace(/\t+/g, ' ')));
      } else if (isW(c, 'tbl')) {
        bold = false;
        for (const tr of unwrap(c, 'tr')) {
          const cells = unwrap(tr, 'tc').map((inner) => cellText(inner, ctx).text.replace(/\n/g, ' '));
          lines.push(cells.filter((t) => t !== '').join(' '));
        }
      } else if (isW(c, 'sdt')) {
        const content = wChild(c, 'sdtContent');
        if (content) visit(content);
      } else if (isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'moveTo')) visit(c);
    }
  };
  visit(tc);
  const text = joinLines(lines);
  return { text, bold: bold && text !== '' };
}
