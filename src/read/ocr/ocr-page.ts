import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GridCell } from '../layout.js';
import type { Box } from '../positioned-text/geometry.js';
import { pageBlocks } from '../pdf/page-blocks.js';
import type { Page } from '../positioned-text/page-model.js';
import { frames } from '../pdf/ruled-tables.js';
import type { Rulings, Segment } from '../pdf/rulings.js';
import { joinWrapped } from '../positioned-text/lines.js';
import { isWide } from '../positioned-text/char-width.js';
import type { TextRun } from '../pdf/text-runs.js';
import { crop, downscale, encodePgm, inkShare, otsuThreshold, upscale, type GrayImage } from './gray-image.js';
import { detectLines, eraseLines, type PixelLine } from './image-lines.js';
import { correctText, domainLexicon, type Lexicon } from './lexicon.js';
import { recognise, type OcrWord } from './tesseract.js';
import type { OcrTools } from './tools.js';

/** How a scanned page is read. */
export interface OcrPageOptions {
  tools: OcrTools;
  /** Resolution the page is rendered at. */
  dpi: number;
  /** Tesseract models for the page. */
  lang: string;
  /** Limit for each program run on the page. */
  timeoutMs: number;
  /** Terms that misread titles, headers and labels are corrected to (default: the standard tables' terms). */
  lexicon?: Lexicon;
}

/** Rulings shorter than this are strokes of characters (PDF units)… */
const MIN_HORIZONTAL = 20;
const MIN_VERTICAL = 12;
/** …thicker ones are filled areas… */
const MAX_THICKNESS = 3;
/** …and a ruling may break for this long (PDF units). */
const MAX_GAP = 0.6;
/** What a number cell may hold. */
const NUMBER_LIKE = /^[-−—–]?[\d.,，\s]*\d[\d.,，\s]*$/;
/** A blank cell with more ink than this share of its area holds something tesseract did not read. */
const INK_IN_BLANK = 0.004;
/** Two reads of a number that disagree: the value is not trusted above this… */
const DISAGREEMENT = 0.5;
/** …two of three reads that agree no more than this… */
const MAJORITY = 0.7;
/** …and a number read only once no more than this. */
const SINGLE_READ = 0.75;
export const DIGITS = '0123456789.,-';
/**
 * Tesseract reads characters best at about the size of body text at 300 dpi (an em of 48 pixels is 11.5 pt); large
 * type (a cover's title: 36 pt is 150 px) it misreads, so a line whose em exceeds LARGE_TYPE is read again from a
 * copy shrunk to READ_EM.
 */
const READ_EM = 48;
const LARGE_TYPE = 72;

/** The rulings of a page image, in pixels and in PDF units (the same lines, in the same order). */
export function imageRulings(image: GrayImage, dpi: number, threshold: number): { pixels: { horizontal: PixelLine[]; vertical: PixelLine[] }; rulings: Rulings } {
  const px = dpi / 72;
  const horizontal = detectLines(image, { threshold, minLength: MIN_HORIZONTAL * px, maxThickness: MAX_THICKNESS * px, maxGap: Math.max(1, Math.round(MAX_GAP * px)) }).horizontal;
  const vertical = detectLines(image, { threshold, minLength: MIN_VERTICAL * px, maxThickness: MAX_THICKNESS * px, maxGap: Math.max(1, Math.round(MAX_GAP * px)) }).vertical;
  const toSegment = (l: PixelLine): Segment => ({ at: (l.at + 0.5) / px, from: l.from / px, to: (l.to + 1) / px });
  return { pixels: { horizontal, vertical }, rulings: { horizontal: horizontal.map(toSegment), vertical: vertical.map(toSegment) } };
}

/** A frame smaller than this each way (PDF units: an inch) is the strokes of a large character (口, 国 in title type). */
const MIN_FRAME = 72;

/**
 * The rulings of an image without those that only close character-sized boxes: in large type (a cover's title)
 * the straight strokes of a character are as long as rules and box themselves in, but no table is that small.
 * Erasing them as table borders would damage the characters. Pixel lines and rulings stay in step.
 */
export function withoutGlyphFrames(pixels: { horizontal: PixelLine[]; vertical: PixelLine[] }, rulings: Rulings): { pixels: { horizontal: PixelLine[]; vertical: PixelLine[] }; rulings: Rulings } {
  const glyph = new Set<Segment>(
    frames(rulings)
      .filter((f) => f.box[2] - f.box[0] < MIN_FRAME && f.box[3] - f.box[1] < MIN_FRAME)
      .flatMap((f) => [...f.horizontal, ...f.vertical]),
  );
  if (glyph.size === 0) return { pixels, rulings };
  const keep = (k: number, all: readonly Segment[]) => !glyph.has(all[k]!);
  return {
    pixels: { horizontal: pixels.horizontal.filter((_, k) => keep(k, rulings.horizontal)), vertical: pixels.vertical.filter((_, k) => keep(k, rulings.vertical)) },
    rulings: { horizontal: rulings.horizontal.filter((s) => !glyph.has(s)), vertical: rulings.vertical.filter((s) => !glyph.has(s)) },
  };
}

/** The pixel lines that belong to a table frame (connected rulings of both directions), to be erased before OCR. */
export function frameLines(pixels: { horizontal: PixelLine[]; vertical: PixelLine[] }, rulings: Rulings): { horizontal: PixelLine[]; vertical: PixelLine[] } {
  const inFrames = new Set<Segment>(frames(rulings).flatMap((f) => [...f.horizontal, ...f.vertical]));
  return {
    horizontal: pixels.horizontal.filter((_, k) => inFrames.has(rulings.horizontal[k]!)),
    vertical: pixels.vertical.filter((_, k) => inFrames.has(rulings.vertical[k]!)),
  };
}

/**
 * OCR words as text runs in PDF units. Tesseract boxes are tight around the ink and not always so (some reach a
 * third of a line lower), so words take their size and baseline from their tesseract line: its median word
 * height (digits are about 0.7 em high, Chinese characters a full em) and its median bottom. A word far above or
 * below the middle of its line (tesseract's line ran over table cells printed at different heights) keeps its own.
 */
export function wordsToRuns(words: readonly OcrWord[], dpi: number): TextRun[] {
  const px = dpi / 72;
  const runs: TextRun[] = [];
  for (const line of ocrLines(words).values()) {
    const size = emOf(line);
    const bottom = median(line.map((w) => w.top + w.height));
    const middle = median(line.map((w) => w.top + w.height / 2));
    for (const w of line) {
      const centre = w.top + w.height / 2;
      const baseline = Math.abs(centre - middle) <= 0.75 * size ? bottom : w.height >= 0.5 * size ? w.top + w.height : centre + 0.35 * size;
      runs.push({ text: w.text, box: [w.left / px, w.top / px, (w.left + w.width) / px, (w.top + w.height) / px], baseline: baseline / px, size: size / px, vertical: false });
    }
  }
  return runs;
}

/** A word's em in pixels: Chinese characters are about an em high, digits and Latin letters about 0.7 em. */
const estimate = (w: OcrWord) => ([...w.text].some(isWide) ? w.height : w.height / 0.7);
/** The em of a tesseract line (pixels): the median of its words'. */
const emOf = (line: readonly OcrWord[]) => median(line.map(estimate));

/** Words grouped by their tesseract line, in reading order. */
function ocrLines(words: readonly OcrWord[]): Map<string, OcrWord[]> {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) byLine.set(`${w.image}/${w.line}`, [...(byLine.get(`${w.image}/${w.line}`) ?? []), w]);
  return byLine;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Words (in pixels) whose centre lies in a box (PDF units). */
function wordsIn(words: readonly OcrWord[], box: Box, dpi: number): OcrWord[] {
  const px = dpi / 72;
  return words.filter((w) => {
    const [cx, cy] = [(w.left + w.width / 2) / px, (w.top + w.height / 2) / px];
    return cx >= box[0] && cx <= box[2] && cy >= box[1] && cy <= box[3];
  });
}

/** The words of one cell as text: tesseract's lines top to bottom, words left to right; the least confidence. */
export function readOf(words: readonly OcrWord[]): CellRead {
  if (words.length === 0) return { text: '', confidence: 0 };
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  const ordered = [...lines.values()].sort((a, b) => Math.min(...a.map((w) => w.top)) - Math.min(...b.map((w) => w.top)));
  const texts = ordered.map((line) => {
    let text = '';
    for (const w of [...line].sort((a, b) => a.left - b.left)) text += (/[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(w.text) ? ' ' : '') + w.text;
    return text;
  });
  return { text: joinWrapped(texts), confidence: Math.min(...words.map((w) => w.confidence)) };
}

const cellsOf = (page: Page): GridCell[] => page.blocks.flatMap((b) => (b.kind === 'grid' ? b.grid.rows.flatMap((r) => r.cells) : []));
const boxOf = (cell: GridCell): Box | undefined => ('bbox' in cell.source ? cell.source.bbox : undefined);

/** A read of one cell: its text and confidence. */
export interface CellRead {
  text: string;
  confidence: number;
}

const squeeze = (t: string) => t.replace(/\s+/g, '');
const WELL_FORMED = /^-?(\d+|\d{1,3}([,，]\d{3})+)(\.\d+)?$/;

/**
 * The value of a number cell from two independent reads: the page read and the cell's own read as a line of
 * digits. Reads that agree are wrong only if both are (1 − (1 − a)(1 − b)). A value read only once keeps its
 * confidence but no more than SINGLE_READ. Reads that disagree are settled by a third read when it sides with one
 * of them (no more than MAJORITY), else give the well-formed, surer one with no more than DISAGREEMENT: either
 * way the value must be checked against the image.
 */
export function combineReads(page: CellRead, cell: CellRead, third?: CellRead): CellRead {
  const [a, b] = [squeeze(page.text), squeeze(cell.text)];
  if (b === '' && a === '') return { text: '', confidence: 0 };
  if (b === '' || a === '') return { text: a || b, confidence: Math.min(a ? page.confidence : cell.confidence, SINGLE_READ) };
  // Two reads made differently (a line of the page, the cell alone as digits) that agree: either could be right.
  if (a === b) return { text: a, confidence: both(page.confidence, cell.confidence) };
  // A third read that sides with one of them settles the value, not the doubt.
  const c = third ? squeeze(third.text) : '';
  if (third && (c === a || c === b)) return { text: c, confidence: Math.min(both(c === a ? page.confidence : cell.confidence, third.confidence), MAJORITY) };
  const rank = (t: string, conf: number) => (WELL_FORMED.test(t) ? 1 : 0) + conf;
  const best = rank(b, cell.confidence) >= rank(a, page.confidence) ? b : a;
  return { text: best, confidence: Math.min(page.confidence, cell.confidence, DISAGREEMENT) };
}

/** Whether two reads of a number give two different values. */
const disagree = (a: CellRead, b: CellRead) => squeeze(a.text) !== '' && squeeze(b.text) !== '' && squeeze(a.text) !== squeeze(b.text);

/** The confidence of two reads that agree: they are wrong only if both are. */
const both = (a: number, b: number) => 1 - (1 - a) * (1 - b);

/**
 * The text of a label cell from several reads (best first): the read closest to a known term, corrected to it;
 * when none is near a term, the first read that has text.
 */
export function chooseText(reads: readonly CellRead[], lexicon: Lexicon): CellRead {
  let best: { read: CellRead; distance: number } | undefined;
  for (const read of reads) {
    const m = read.text === '' ? undefined : correctText(read.text, lexicon);
    if (m && (!best || m.distance < best.distance)) best = { read: { text: m.text, confidence: read.confidence }, distance: m.distance };
  }
  return best?.read ?? reads.find((r) => r.text !== '') ?? { text: '', confidence: 0 };
}

/** A label that a colon ends, read with another mark: "注，本表…", "单位; 万元". */
const LABEL_MARK = /^(注|说明|备注|单位|金额单位|部门名称|单位名称|编制单位)\s*[，,;；:：.．]\s*/;

/**
 * Lines outside tables: a line-leading label keeps its colon, and a short line (a title) is corrected against
 * the lexicon.
 */
export function correctLines(page: Page, lexicon: Lexicon): void {
  for (const block of page.blocks) {
    if (block.kind !== 'line') continue;
    const set = (text: string) => {
      if (block.chunks.length === 1) block.chunks[0]!.text = text;
      else if (block.chunks[0]) block.chunks[0].text = block.chunks[0].text.replace(LABEL_MARK, '$1：');
      block.text = text;
    };
    if (LABEL_MARK.test(block.text)) set(block.text.replace(LABEL_MARK, '$1：'));
    if (block.chunks.length !== 1 || [...block.text].length < 4 || [...block.text].length > 40) continue;
    const m = correctText(block.text, lexicon);
    if (m && m.distance > 0) set(m.text);
  }
}

/**
 * Reads one scanned page (rendered by the caller): finds its rulings, erases the table borders, and reads the
 * words twice with tesseract: as blocks of text (good for running text and numbers) and, where there are tables,
 * as sparse text (every word where it stands: good for table labels, which the block read runs together across
 * cells). The page's blocks are then built as for a digital page, from the block read outside tables and the sparse
 * read inside them. Every table cell is read a third time on its own (number cells as a line of digits); numbers
 * are compared between the reads, labels corrected against the lexicon, and each cell gets a confidence.
 */
export async function ocrPage(image: GrayImage, page: { number: number; width: number; height: number }, dir: string, options: OcrPageOptions): Promise<Page> {
  return (await readPageImage(image, page, dir, options))!;
}

/**
 * ocrPage with a check after the first read of the page (tesseract's block read, with its confidences): when
 * `accept` rejects it (the page looks turned), nothing more is read and the result is undefined.
 */
export async function readPageImage(
  image: GrayImage,
  page: { number: number; width: number; height: number },
  dir: string,
  options: OcrPageOptions,
  accept?: (pageRead: readonly OcrWord[]) => boolean | Promise<boolean>,
): Promise<Page | undefined> {
  const { dpi } = options;
  const px = dpi / 72;
  const threshold = otsuThreshold(image);
  const found = imageRulings(image, dpi, threshold);
  const { pixels, rulings } = withoutGlyphFrames(found.pixels, found.rulings);
  const tables = frames(rulings).map((f) => f.box);
  const clean = eraseLines(image, frameLines(pixels, rulings), threshold);
  const pagePath = join(dir, `page-${page.number}.pgm`);
  await writeFile(pagePath, encodePgm(clean));
  const read = (psm: number) => recognise(options.tools, pagePath, { psm, lang: options.lang, dpi, timeoutMs: options.timeoutMs });
  const [pageRead, sparse] = await Promise.all([read(6), tables.length > 0 ? read(11) : Promise.resolve([])]);
  if (accept && !(await accept(pageRead))) return undefined;
  const inTable = (w: OcrWord) => {
    const [cx, cy] = [(w.left + w.width / 2) / px, (w.top + w.height / 2) / px];
    return tables.some((b) => cx >= b[0] && cx <= b[2] && cy >= b[1] && cy <= b[3]);
  };
  const block = [...pageRead.filter(inTable), ...(await rereadLargeType(clean, pageRead.filter((w) => !inTable(w)), `${page.number}`, dir, options))];
  const sparseInTables = sparse.filter(inTable).map((w) => ({ ...w, line: `sparse ${w.line}` }));
  const runs = wordsToRuns([...block.filter((w) => !inTable(w)), ...sparseInTables], dpi);
  const result = pageBlocks({ ...page, runs, rulings });
  await readCells(result, block, sparseInTables, clean, threshold, dir, options);
  correctLines(result, options.lexicon ?? domainLexicon());
  return result;
}

/**
 * Lines in large type (outside tables) read again, each from a copy of its strip shrunk to tesseract's size; the
 * new read replaces the page read's words of that line when it is at least as sure (its least confidence). Words
 * come back in page pixels.
 */
export async function rereadLargeType(image: GrayImage, words: readonly OcrWord[], name: string, dir: string, options: OcrPageOptions): Promise<OcrWord[]> {
  const large = [...ocrLines(words).values()].filter((line) => emOf(line) > LARGE_TYPE);
  if (large.length === 0) return [...words];
  const strips = large.map((line) => {
    const em = emOf(line);
    const pad = 0.3 * em;
    const [x0, y0] = [Math.max(0, Math.min(...line.map((w) => w.left)) - pad), Math.max(0, Math.min(...line.map((w) => w.top)) - pad)];
    const [x1, y1] = [Math.max(...line.map((w) => w.left + w.width)) + pad, Math.max(...line.map((w) => w.top + w.height)) + pad];
    const factor = READ_EM / em;
    return { line, x0: Math.floor(x0), y0: Math.floor(y0), factor, image: downscale(crop(image, x0, y0, x1, y1), factor) };
  });
  const paths = await Promise.all(
    strips.map(async (strip, k) => {
      const path = join(dir, `large-${name}-${k}.pgm`);
      await writeFile(path, encodePgm(strip.image));
      return path;
    }),
  );
  const list = join(dir, `large-${name}.txt`);
  await writeFile(list, paths.join('\n') + '\n');
  // Each strip is one line; its resolution shrank with it (one value for the run: the strips' median).
  const dpi = Math.round(options.dpi * median(strips.map((s) => s.factor)));
  const reads = await recognise(options.tools, list, { psm: 7, lang: options.lang, dpi, timeoutMs: options.timeoutMs });
  const replaced = new Set<OcrWord>();
  const added: OcrWord[] = [];
  strips.forEach((strip, k) => {
    const again = reads.filter((w) => w.image === k + 1);
    const least = (ws: readonly OcrWord[]) => Math.min(...ws.map((w) => w.confidence));
    if (again.length === 0 || least(again) < least(strip.line)) return;
    for (const w of strip.line) replaced.add(w);
    const { image, line: tesseractLine } = strip.line[0]!;
    for (const w of again) {
      added.push({
        ...w,
        image,
        line: `${tesseractLine} large`,
        left: strip.x0 + w.left / strip.factor,
        top: strip.y0 + w.top / strip.factor,
        width: w.width / strip.factor,
        height: w.height / strip.factor,
      });
    }
  });
  return [...words.filter((w) => !replaced.has(w)), ...added];
}

/** Gives every table cell its text and confidence from the page reads and its own read (see ocrPage). */
async function readCells(page: Page, block: readonly OcrWord[], sparse: readonly OcrWord[], image: GrayImage, threshold: number, dir: string, options: OcrPageOptions): Promise<void> {
  const px = options.dpi / 72;
  const inset = 2;
  type Item = { cell: GridCell; pixels: Box; block: CellRead; sparse: CellRead };
  const numbers: Item[] = [];
  const texts: Item[] = [];
  for (const cell of cellsOf(page)) {
    const box = boxOf(cell);
    if (!box) continue;
    const item: Item = { cell, pixels: [box[0] * px + inset, box[1] * px + inset, box[2] * px - inset, box[3] * px - inset], block: readOf(wordsIn(block, box, options.dpi)), sparse: readOf(wordsIn(sparse, box, options.dpi)) };
    if (cell.text === '' && item.block.text === '') {
      const spanned = (cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1;
      if (!spanned && inkShare(image, ...item.pixels, threshold) > INK_IN_BLANK) numbers.push(item);
    } else if (NUMBER_LIKE.test(item.block.text) || (item.block.text === '' && NUMBER_LIKE.test(cell.text))) numbers.push(item);
    else texts.push(item);
  }
  const [numberReads, textReads] = await Promise.all([
    readCrops(image, numbers, `${page.number}-n`, dir, { ...options, psm: 7, whitelist: DIGITS }),
    readCrops(image, texts, `${page.number}-t`, dir, { ...options, psm: 6 }),
  ]);
  // Numbers the two reads disagree on are read a third time, with tesseract's English model, to break the tie.
  const disputed = numbers.flatMap((item, k) => (disagree(item.block, numberReads[k]!) ? [k] : []));
  const thirdReads = await readCrops(
    image,
    disputed.map((k) => numbers[k]!),
    `${page.number}-x`,
    dir,
    { ...options, lang: 'eng', psm: 7, whitelist: DIGITS },
  );
  const third = new Map(disputed.map((k, j) => [k, thirdReads[j]!]));
  numbers.forEach((item, k) => {
    const own = numberReads[k]!;
    const combined = combineReads(item.block, own, third.get(k));
    if (!WELL_FORMED.test(combined.text) && item.cell.text === '') return; // ink that is not a number (a stamp, a dash)
    Object.assign(item.cell, combined);
  });
  await rereadPrecisionOutliers(page, image, dir, options);
  const lexicon = options.lexicon ?? domainLexicon();
  texts.forEach((item, k) => Object.assign(item.cell, chooseText([textReads[k]!, item.sparse, item.block], lexicon)));
}

const decimalsOf = (text: string): number => squeeze(text).split('.')[1]?.length ?? 0;

/**
 * Number cells printed with fewer decimals than most of their column ("5551377.4" among "x.xx") have lost a digit
 * to OCR however sure the reads were. Integers are left alone (a column may mix counts and amounts).
 */
export function precisionOutliers(page: Page): { cell: GridCell; decimals: number }[] {
  const out: { cell: GridCell; decimals: number }[] = [];
  for (const block of page.blocks) {
    if (block.kind !== 'grid') continue;
    const width = Math.max(0, ...block.grid.rows.map((r) => r.cells.length));
    for (let j = 0; j < width; j++) {
      const numbers = block.grid.rows.flatMap((r) => (r.cells[j] && WELL_FORMED.test(squeeze(r.cells[j]!.text)) ? [r.cells[j]!] : []));
      const counts = new Map<number, number>();
      for (const c of numbers) counts.set(decimalsOf(c.text), (counts.get(decimalsOf(c.text)) ?? 0) + 1);
      const [mode, count] = [...counts].reduce((best, e) => (e[1] > best[1] ? e : best), [0, 0]);
      if (mode === 0 || count < MIN_PRECISION_EVIDENCE || count < PRECISION_MAJORITY * numbers.length) continue;
      for (const cell of numbers) {
        const d = decimalsOf(cell.text);
        if (d > 0 && d < mode) out.push({ cell, decimals: mode });
      }
    }
  }
  return out;
}

/** A column's precision counts once this many of its numbers, this share of them, print it. */
const MIN_PRECISION_EVIDENCE = 3;
const PRECISION_MAJORITY = 0.6;
/** Precision outliers are read again from their cell enlarged this many times. */
const REREAD_SCALE = 2;

/**
 * Reads each precision outlier again, alone and enlarged. A read with its column's precision replaces the value
 * (checked against the image all the same: no more than MAJORITY); otherwise the value stays, no more than
 * DISAGREEMENT. Either way the number is marked for a person to check.
 */
async function rereadPrecisionOutliers(page: Page, image: GrayImage, dir: string, options: OcrPageOptions): Promise<void> {
  const outliers = precisionOutliers(page).flatMap((o) => {
    const box = boxOf(o.cell);
    return box ? [{ ...o, pixels: box.map((v) => v * (options.dpi / 72)) as Box }] : [];
  });
  const reads = await readCrops(image, outliers, `${page.number}-p`, dir, { ...options, psm: 7, whitelist: DIGITS, scale: REREAD_SCALE });
  outliers.forEach(({ cell, decimals }, k) => {
    const again = reads[k]!;
    const text = squeeze(again.text);
    if (WELL_FORMED.test(text) && decimalsOf(text) === decimals) Object.assign(cell, { text, confidence: Math.min(again.confidence, MAJORITY) });
    else cell.confidence = Math.min(cell.confidence ?? 1, DISAGREEMENT);
  });
}

/** Reads cut-out cells with one tesseract run: each cell's words in reading order, and the least confidence. */
async function readCrops(image: GrayImage, cells: readonly { pixels: Box }[], name: string, dir: string, options: OcrPageOptions & { psm: number; whitelist?: string; scale?: number }): Promise<CellRead[]> {
  if (cells.length === 0) return [];
  const scale = options.scale ?? 1;
  const paths = await Promise.all(
    cells.map(async ({ pixels: [x0, y0, x1, y1] }, k) => {
      const path = join(dir, `cell-${name}-${k}.pgm`);
      const cut = crop(image, x0, y0, x1, y1, 12);
      await writeFile(path, encodePgm(scale > 1 ? upscale(cut, scale) : cut));
      return path;
    }),
  );
  const list = join(dir, `cells-${name}.txt`);
  await writeFile(list, paths.join('\n') + '\n');
  const words = await recognise(options.tools, list, { psm: options.psm, lang: options.lang, dpi: Math.round(options.dpi * scale), timeoutMs: options.timeoutMs, ...(options.whitelist ? { whitelist: options.whitelist } : {}) });
  const byImage = new Map<number, OcrWord[]>();
  for (const w of words) byImage.set(w.image, [...(byImage.get(w.image) ?? []), w]);
  return cells.map((_, k) => readOf(byImage.get(k + 1) ?? []));
}
