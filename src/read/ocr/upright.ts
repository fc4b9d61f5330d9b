import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../../model/source.js';
import type { Page } from '../positioned-text/page-model.js';
import { downscale, encodePgm, type GrayImage } from './gray-image.js';
import { readPageImage, type OcrPageOptions } from './ocr-page.js';
import type { Box } from '../positioned-text/geometry.js';
import { displayedBox, estimateSkew, rotateQuarter, rotateSmall, type QuarterTurns } from './orientation.js';
import { detectOrientation, type OcrWord } from './tesseract.js';

/** A tilt smaller than this (degrees) is left alone: rulings stay straight enough to be found and cut cells. */
const MIN_DESKEW = 0.3;
/** An upright page's block read is mostly sure words: at least this share of them above SURE… */
const UPRIGHT_SHARE = 0.5;
const SURE = 0.8;
/** Tesseract's orientation detection reads a copy at this resolution (at 200 dpi it took seconds; this, half one). */
const OSD_DPI = 150;
/** Below this orientation confidence tesseract's answer is not acted on (wrong answers seen up to about 2). */
const MIN_OSD_CONFIDENCE = 3;

/** Whether a block read of a page looks like upright text: most words read with confidence (or nothing read). */
export function looksUpright(words: readonly OcrWord[]): boolean {
  if (words.length === 0) return true;
  return words.filter((w) => w.confidence >= SURE).length / words.length >= UPRIGHT_SHARE;
}

/**
 * Reads a scanned page however it lies on the sheet. A tilt of a few degrees is measured on the image and
 * straightened first (tens of milliseconds). Whether the page is turned is asked only when the first read comes back
 * mostly unsure, as text read sideways or upside down does: tesseract's orientation detection on a small copy
 * (about half a second) gives the turn, and the page is read again upright. Upright pages pay nothing more. Table
 * sources are mapped back onto the page as displayed; the blocks' own geometry (line boxes, column borders,
 * page size) stays that of the upright reading, as the later steps (page furniture, paragraphs, continued
 * tables) compare it with upright pages.
 */
export async function readScannedImage(image: GrayImage, page: { number: number; width: number; height: number }, dir: string, options: OcrPageOptions): Promise<Page> {
  let turn: QuarterTurns = 0;
  const check = async (words: readonly OcrWord[]) => {
    if (looksUpright(words)) return true;
    const osdPath = join(dir, `osd-${page.number}.pgm`);
    await writeFile(osdPath, encodePgm(options.dpi > OSD_DPI ? downscale(image, OSD_DPI / options.dpi) : image));
    const osd = await detectOrientation(options.tools, osdPath, { dpi: Math.min(OSD_DPI, options.dpi), timeoutMs: options.timeoutMs });
    if (!osd || osd.rotate === 0 || osd.confidence < MIN_OSD_CONFIDENCE) return true;
    turn = (osd.rotate / 90) as QuarterTurns;
    return false;
  };
  return (await readTurned(image, 0, page, dir, options, check)) ?? (await readTurned(image, turn, page, dir, options))!;
}

/** Reads the page image turned clockwise by `turns` and straightened; sources come back on the displayed page. */
async function readTurned(
  image: GrayImage,
  turns: QuarterTurns,
  page: { number: number; width: number; height: number },
  dir: string,
  options: OcrPageOptions,
  accept?: (words: readonly OcrWord[]) => Promise<boolean>,
): Promise<Page | undefined> {
  const turned = rotateQuarter(image, turns);
  const measured = estimateSkew(turned, options.dpi);
  const skew = Math.abs(measured) >= MIN_DESKEW ? measured : 0;
  const upright = skew === 0 ? turned : rotateSmall(turned, -skew);
  const size = turns % 2 === 1 ? { width: page.height, height: page.width } : { width: page.width, height: page.height };
  const read = await readPageImage(upright, { number: page.number, ...size }, dir, options, accept);
  if (!read || (turns === 0 && skew === 0)) return read;
  const toDisplayed = (box: Box): Box => displayedBox(box, turns, skew, page);
  read.toDisplayed = toDisplayed;
  const map = (source: Source): Source => ('bbox' in source ? { ...source, bbox: toDisplayed(source.bbox) } : source);
  for (const block of read.blocks) {
    if (block.kind !== 'grid') continue;
    block.grid.source = map(block.grid.source);
    for (const row of block.grid.rows) {
      row.source = map(row.source);
      for (const cell of row.cells) cell.source = map(cell.source);
    }
  }
  return read;
}
