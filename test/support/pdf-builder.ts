/**
 * Writes small PDFs for the PDF reader's tests: text in a non-embedded Chinese CID font (STSong-Light,
 * UniGB-UCS2-H, every character one em wide, so pdf.js needs its CMap files) and rules drawn as stroked lines or
 * thin filled rectangles. Coordinates are given from the page's top-left corner, as the reader reports them.
 */

export interface PageSpec {
  width?: number;
  height?: number;
  /** Content-stream operators, from the helpers below. */
  ops: ((height: number) => string)[];
}

const hex = (s: string) =>
  [...s]
    .map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

/** Text whose baseline starts at (x, y). */
export const text =
  (x: number, y: number, str: string, size = 10) =>
  (h: number) =>
    `BT /F1 ${size} Tf 1 0 0 1 ${x} ${h - y} Tm <${hex(str)}> Tj ET`;

/** A stroked line. */
export const line =
  (x0: number, y0: number, x1: number, y1: number, width = 0.5) =>
  (h: number) =>
    `${width} w ${x0} ${h - y0} m ${x1} ${h - y1} l S`;

/** A filled rectangle (top-left corner, width, height); `gray` 1 is white. */
export const fillRect =
  (x: number, y: number, w: number, hgt: number, gray = 0) =>
  (h: number) =>
    `${gray} g ${x} ${h - y - hgt} ${w} ${hgt} re f 0 g`;

/**
 * A table with all borders: column widths, one row height, cell texts (numbers right-aligned, other text left).
 * `merge` lists cells "r,c,rowSpan,colSpan" whose inner borders are left out. Borders are thin filled
 * rectangles when `filled`, else stroked lines.
 */
export function ruledTable(
  x: number,
  y: number,
  widths: number[],
  rowHeight: number,
  cells: string[][],
  options: { filled?: boolean; merge?: [number, number, number, number][]; size?: number } = {},
): ((h: number) => string)[] {
  const size = options.size ?? 10;
  const xs = widths.reduce((acc, w) => [...acc, acc.at(-1)! + w], [x]);
  const ys = cells.map((_, r) => y + r * rowHeight).concat(y + cells.length * rowHeight);
  const inside = (r: number, c: number) => (options.merge ?? []).find(([mr, mc, rs, cs]) => r >= mr && r < mr + rs && c >= mc && c < mc + cs);
  const ops: ((h: number) => string)[] = [];
  const draw = (x0: number, y0: number, x1: number, y1: number) =>
    ops.push(options.filled ? fillRect(Math.min(x0, x1) - 0.25, Math.min(y0, y1) - 0.25, Math.abs(x1 - x0) + 0.5, Math.abs(y1 - y0) + 0.5) : line(x0, y0, x1, y1));
  // Horizontal borders, one piece per cell so merged cells can leave theirs out.
  ys.forEach((yy, r) =>
    widths.forEach((_, c) => {
      const above = inside(r - 1, c);
      if (r > 0 && r < cells.length && above && above === inside(r, c)) return;
      draw(xs[c]!, yy, xs[c + 1]!, yy);
    }),
  );
  xs.forEach((xx, c) =>
    cells.forEach((_, r) => {
      const left = inside(r, c - 1);
      if (c > 0 && c < widths.length && left && left === inside(r, c)) return;
      draw(xx, ys[r]!, xx, ys[r + 1]!);
    }),
  );
  cells.forEach((row, r) =>
    row.forEach((t, c) => {
      if (t === '') return;
      const numeric = /^[\d.,-]+$/.test(t);
      const tx = numeric ? xs[c + 1]! - 2 - t.length * size : xs[c]! + 2;
      ops.push(text(tx, ys[r]! + rowHeight / 2 + size * 0.35, t, size));
    }),
  );
  return ops;
}

/** A complete PDF file. `encrypted` adds a standard security handler whose user password is not empty. */
export function buildPdf(pages: PageSpec[], options: { encrypted?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add(''); // 2: pages, filled in below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>'); // 3
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor 5 0 R >>'); // 4
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>'); // 5
  const kids: string[] = [];
  for (const page of pages) {
    const [w, h] = [page.width ?? 595, page.height ?? 842];
    const content = page.ops.map((op) => op(h)).join('\n');
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (options.encrypted) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'41'.repeat(32)}> /U <${'42'.repeat(32)}> /P -44 >>`);
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${'00'.repeat(16)}> <${'00'.repeat(16)}>]`;
  }
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
