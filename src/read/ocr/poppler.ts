import { readFile, rm } from 'node:fs/promises';
import { parsePgm, type GrayImage } from './gray-image.js';
import { run, type OcrTools } from './tools.js';

/** One picture a page draws, as `pdfimages -list` reports it: pixel size and the resolution it is drawn at. */
export interface PageImageInfo {
  page: number;
  width: number;
  height: number;
  xPpi: number;
  yPpi: number;
}

/** Parses the table `pdfimages -list` prints (header, dashes, one row per image). */
export function parseImageList(text: string): PageImageInfo[] {
  const lines = text.split('\n');
  const header = lines[0]?.trim().split(/\s+/) ?? [];
  const at = (name: string) => header.indexOf(name);
  const [page, width, height, xPpi, yPpi] = [at('page'), at('width'), at('height'), at('x-ppi'), at('y-ppi')];
  if ([page, width, height, xPpi, yPpi].some((k) => k < 0)) return [];
  // "object ID" is two header words over two values (object and generation number): the columns line up.
  const out: PageImageInfo[] = [];
  for (const line of lines.slice(2)) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < header.length) continue;
    const value = (k: number) => Number(cells[k]);
    const info = { page: value(page), width: value(width), height: value(height), xPpi: value(xPpi), yPpi: value(yPpi) };
    if (Object.values(info).every((v) => Number.isFinite(v))) out.push(info);
  }
  return out;
}

/** The pictures of a PDF's pages (nothing is decoded). */
export async function listImages(tools: OcrTools, pdf: string, timeoutMs: number): Promise<PageImageInfo[]> {
  return parseImageList(await run(tools.pdfimages, ['-list', pdf], timeoutMs));
}

/**
 * The share of a page (width × height in PDF units) that its pictures cover, from their pixel size and the
 * resolution they are drawn at; overlapping pictures are counted once each, so the share is capped at 1.
 */
export function imageCoverage(images: readonly PageImageInfo[], page: { width: number; height: number }): number {
  let area = 0;
  for (const i of images) if (i.xPpi > 0 && i.yPpi > 0) area += ((i.width / i.xPpi) * 72 * (i.height / i.yPpi) * 72) / (page.width * page.height);
  return Math.min(1, area);
}

/** Renders one page to an 8-bit gray image at `dpi` (pdftoppm: the page's crop box, rotated as shown). */
export async function renderPage(tools: OcrTools, pdf: string, page: number, dpi: number, prefix: string, timeoutMs: number): Promise<GrayImage> {
  await run(tools.pdftoppm, ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], timeoutMs);
  const file = `${prefix}.pgm`;
  try {
    return parsePgm(new Uint8Array(await readFile(file)));
  } finally {
    await rm(file, { force: true });
  }
}
