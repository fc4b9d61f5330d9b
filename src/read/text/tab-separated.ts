import type { Block, GridBlock, GridRow, Layout, LineBlock } from '../layout.js';

// Markup left in text exports: HTML bold/line-break tags, pandoc bookmarks, markdown emphasis.
const BOLD_TAG = /<\/?(b|strong)>/gi;
const OTHER_TAG = /<\/?(br|span|i|em|u|sup|sub)\b[^>]*>/gi;
const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const MD_EMPHASIS = /\*\*(.+?)\*\*/g;
const HEADING = /^(#{1,6})\s+(.*)$/;

/** Characters every piece of markup above starts with. */
const MARKUP_START = /[<[*]/;

function clean(raw: string): { text: string; bold: boolean } {
  if (!MARKUP_START.test(raw)) return { text: raw.trim(), bold: false }; // most cells: plain text
  const bold = BOLD_TAG.test(raw) || MD_EMPHASIS.test(raw);
  BOLD_TAG.lastIndex = 0;
  MD_EMPHASIS.lastIndex = 0;
  const text = raw.replace(BOOKMARK, '').replace(BOLD_TAG, '').replace(OTHER_TAG, '').replace(MD_EMPHASIS, '$1').trim();
  return { text, bold };
}

/**
 * Reads markdown-like text where a table row is a line of tab-separated cells and every other line is a block of its
 * own. Rows separated only by blank lines (page breaks) stay in one grid.
 */
export function readTabSeparated(file: string, content: string): Layout {
  const lines = content.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let grid: GridBlock | undefined;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.includes('\t')) {
      const row: GridRow = {
        source: { line },
        cells: raw.split('\t').map((cellText, c) => {
          const { text, bold } = clean(cellText);
          return bold ? { text, bold, source: { line, column: c + 1 } } : { text, source: { line, column: c + 1 } };
        }),
      };
      if (!grid) {
        grid = { kind: 'grid', rows: [], source: { line } };
        blocks.push(grid);
      }
      grid.rows.push(row);
      return;
    }
    if (raw.trim() === '') return; // blank lines neither make blocks nor end a grid
    grid = undefined;
    const heading = HEADING.exec(raw.trim());
    const { text, bold } = clean(heading ? (heading[2] ?? '') : raw);
    if (text === '') return;
    const block: LineBlock = { kind: 'line', text, source: { line } };
    if (heading) block.heading = heading[1]!.length;
    if (bold) block.bold = true;
    blocks.push(block);
  });
  return { file, format: 'text', blocks: blocks.map(loneCellToLine) };
}

// A lone tab-terminated line between paragraphs ("六、一般公共预算…说明\t") is a line, not a one-cell table.
function loneCellToLine(block: Block): Block {
  if (block.kind !== 'grid' || block.rows.length !== 1) return block;
  const filled = block.rows[0]!.cells.filter((c) => c.text !== '');
  if (filled.length > 1) return block;
  const cell = filled[0];
  if (!cell) return block;
  const line: LineBlock = { kind: 'line', text: cell.text, source: block.source };
  if (cell.bold) line.bold = true;
  return line;
}
