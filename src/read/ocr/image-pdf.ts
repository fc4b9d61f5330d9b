import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { parsePgm } from './gray-image.js';
import { rotateQuarter, rotateSmall, type QuarterTurns } from './orientation.js';

/**
 * Writes image-only PDFs, as a scanner does: every page one picture, no text layer. Pictures are JPEG (embedded
 * as is, DCTDecode) or raw 8-bit gray pixels (Flate). Not used to read documents: it makes the scanned copies that
 * the OCR tests and `npm run bench` measure the reader on (so it is built into dist/ for the bench).
 */
export type PageImage = { jpeg: Uint8Array } | { gray: Uint8Array; width: number; height: number };

export interface ImagePage {
  image: PageImage;
  /** Page size in PDF units; the picture covers the page. */
  width: number;
  height: number;
}

/** Pixel size and components of a JPEG, from its SOF marker. */
export function jpegInfo(bytes: Uint8Array): { width: number; height: number; components: number } {
  let p = 2;
  while (p + 9 < bytes.length) {
    if (bytes[p] !== 0xff) throw new Error('not a JPEG');
    const marker = bytes[p + 1]!;
    const length = (bytes[p + 2]! << 8) | bytes[p + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[p + 5]! << 8) | bytes[p + 6]!, width: (bytes[p + 7]! << 8) | bytes[p + 8]!, components: bytes[p + 9]! };
    }
    p += 2 + length;
  }
  throw new Error('JPEG without a frame header');
}

export function imageOnlyPdf(pages: readonly ImagePage[]): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const write = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    chunks.push(buf);
    size += buf.length;
  };
  const object = (n: number, dict: string, stream?: Buffer) => {
    offsets[n] = size;
    write(`${n} 0 obj\n${dict}\n`);
    if (stream) {
      write('stream\n');
      write(stream);
      write('\nendstream\n');
    }
    write('endobj\n');
  };
  write('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, k) => `${3 + 3 * k} 0 R`);
  object(2, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`);
  pages.forEach((page, k) => {
    const [pageRef, contentRef, imageRef] = [3 + 3 * k, 4 + 3 * k, 5 + 3 * k];
    const content = Buffer.from(`q ${page.width} 0 0 ${page.height} 0 0 cm /Im0 Do Q`, 'latin1');
    object(pageRef, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << /XObject << /Im0 ${imageRef} 0 R >> >> /Contents ${contentRef} 0 R >>`);
    object(contentRef, `<< /Length ${content.length} >>`, content);
    if ('jpeg' in page.image) {
      const info = jpegInfo(page.image.jpeg);
      const space = info.components === 1 ? '/DeviceGray' : info.components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
      object(imageRef, `<< /Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.image.jpeg.length} >>`, Buffer.from(page.image.jpeg));
    } else {
      const data = deflateSync(page.image.gray);
      object(imageRef, `<< /Type /XObject /Subtype /Image /Width ${page.image.width} /Height ${page.image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>`, data);
    }
  });
  const xref = size;
  write(`xref\n0 ${offsets.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  write(`trailer\n<< /Size ${offsets.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}

/** How a page lies in a scanned copy: turned clockwise by quarter turns, and tilted (degrees, clockwise). */
export interface ScanLie {
  turn?: 0 | 90 | 180 | 270;
  skew?: number;
}

/**
 * A scanned copy of a PDF: pages rendered by pdftoppm (poppler-utils) to JPEGs at `dpi` and put back as image-only
 * pages of the same size; all pages, the range firstPage–lastPage, or the listed `pages` in their order. `dir`
 * receives the page images. Pages listed in `lie` are scanned as a sheet fed turned or askew: rendered to gray
 * pixels, turned and tilted, and put back as pages of the turned size (the tilt's corners white).
 */
export function scanPdf(
  pdf: string,
  dir: string,
  options: { dpi?: number; quality?: number; firstPage?: number; lastPage?: number; pages?: readonly number[]; lie?: Readonly<Record<number, ScanLie>> } = {},
): Uint8Array {
  const dpi = options.dpi ?? 200;
  const render = (range: string[], prefix: string) =>
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', `quality=${options.quality ?? 80}`, ...range, pdf, join(dir, prefix)], { timeout: 300_000 });
  let files: { page: number; file: string }[];
  if (options.pages) {
    files = options.pages.map((page) => {
      render(['-f', String(page), '-l', String(page), '-singlefile'], `scan-page-${page}`);
      return { page, file: `scan-page-${page}.jpg` };
    });
  } else {
    render([...(options.firstPage ? ['-f', String(options.firstPage)] : []), ...(options.lastPage ? ['-l', String(options.lastPage)] : [])], 'scan');
    files = readdirSync(dir)
      .filter((f) => /^scan-\d+\.jpg$/.test(f))
      .map((file) => ({ page: Number(/\d+/.exec(file)![0]), file }))
      .sort((a, b) => a.page - b.page);
  }
  return imageOnlyPdf(
    files.map(({ page, file }) => {
      const lie = options.lie?.[page];
      if (lie && ((lie.turn ?? 0) !== 0 || (lie.skew ?? 0) !== 0)) return lyingPage(pdf, dir, page, dpi, lie);
      const jpeg = new Uint8Array(readFileSync(join(dir, file)));
      const { width, height } = jpegInfo(jpeg);
      return { image: { jpeg }, width: (width * 72) / dpi, height: (height * 72) / dpi };
    }),
  );
}

/** One page rendered to gray pixels, turned and tilted as `lie` says. */
function lyingPage(pdf: string, dir: string, page: number, dpi: number, lie: ScanLie): ImagePage {
  const prefix = join(dir, `lie-page-${page}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], { timeout: 300_000 });
  let image = rotateQuarter(parsePgm(new Uint8Array(readFileSync(`${prefix}.pgm`))), (((lie.turn ?? 0) / 90) % 4) as QuarterTurns);
  if (lie.skew) image = rotateSmall(image, lie.skew);
  return { image: { gray: image.data, width: image.width, height: image.height }, width: (image.width * 72) / dpi, height: (image.height * 72) / dpi };
}
