import type { Block, GridBlock, Layout } from '../../src/read/layout.js';

export interface WriteHtmlOptions {
  /** Declare and encode as GBK (through GB18030's two-byte codes), as older Chinese sites publish. */
  charset?: 'utf-8' | 'gbk';
  /** Write each grid's first rows with rowspan/colspan where a header cell is followed by empty ones. */
  mergeHeaders?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes a layout (a text-family document) as an HTML page: headings, paragraphs and tables. */
export function writeHtml(layout: Layout, options: WriteHtmlOptions = {}): Uint8Array {
  const charset = options.charset ?? 'utf-8';
  const body = layout.blocks.map((b) => block(b, options)).join('\n');
  const html = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${charset === 'gbk' ? 'gb2312' : 'utf-8'}">\n<title>${escape(layout.file)}</title>\n<style>td { border: 1px solid #000; }</style>\n<script>var x = "<table><tr><td>不是表格</td></tr></table>";</script>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  return charset === 'gbk' ? encodeGb(html) : new TextEncoder().encode(html);
}

function block(b: Block, options: WriteHtmlOptions): string {
  if (b.kind === 'grid') return table(b, options);
  const text = b.bold ? `<b>${escape(b.text)}</b>` : escape(b.text);
  if (b.heading) return `<h${Math.min(b.heading, 6)}>${text}</h${Math.min(b.heading, 6)}>`;
  return `<p>&nbsp;&nbsp;${text}</p>`;
}

function table(grid: GridBlock, options: WriteHtmlOptions): string {
  const width = Math.max(...grid.rows.map((r) => r.cells.length));
  const texts = grid.rows.map((r) => Array.from({ length: width }, (_, j) => r.cells[j]?.text ?? ''));
  const header = options.mergeHeaders ? Math.max(0, texts.findIndex((r) => r[0] === '栏次' || r.some((t) => /^-?[\d,]+(\.\d+)?$/.test(t)))) : 0;
  const covered = texts.map((r) => r.map(() => false));
  const rows = grid.rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      if (covered[r]![c]) continue;
      const cell = row.cells[c];
      const text = texts[r]![c]!;
      let colSpan = 1;
      if (r < header && text !== '') {
        while (c + colSpan < width && texts[r]![c + colSpan] === '' && !covered[r]![c + colSpan] && !(r + 1 < header && texts[r + 1]![c + colSpan] !== '' && texts[r + 1]![c] === '')) colSpan++;
      }
      let rowSpan = 1;
      if (r < header && text !== '') {
        while (r + rowSpan < header && Array.from({ length: colSpan }, (_, x) => c + x).every((x) => texts[r + rowSpan]![x] === '' && !covered[r + rowSpan]![x])) rowSpan++;
      }
      for (let y = r; y < r + rowSpan; y++) for (let x = c; x < c + colSpan; x++) covered[y]![x] = true;
      const tag = r < header ? 'th' : 'td';
      const attrs = `${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan=${rowSpan}` : ''}`;
      // a long label wraps with <br> in the middle, as pages break cells by hand
      const inner = text.length > 12 && tag === 'td' && !/\d/.test(text) ? `${escape(text.slice(0, 6))}<br>${escape(text.slice(6))}` : escape(text);
      cells.push(`<${tag}${attrs}>${cell?.bold ? `<strong>${inner}</strong>` : inner}</${tag}>`);
    }
    return `  <tr>${cells.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0">\n${rows.join('\n')}\n</table>`;
}

let gbTable: Map<number, number> | undefined;

/** Encodes text as GBK bytes (the two-byte GB18030 codes); ASCII stays one byte. */
export function encodeGb(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch.charCodeAt(0))) gbTable.set(ch.charCodeAt(0), (lead << 8) | trail);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const gb = gbTable.get(code);
      if (gb === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(gb >> 8, gb & 0xff);
    }
  }
  return new Uint8Array(out);
}
