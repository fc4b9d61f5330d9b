import { mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { LimitExceededError, UnreadableFileError, UnsupportedFormatError } from '../../model/errors.js';
import { makeTempDir, removeTempDir } from '../temp-dir.js';
import type { Page } from '../positioned-text/page-model.js';
import type { PageContent } from '../pdf/pdf-document.js';
import type { OcrPageOptions } from './ocr-page.js';
import { imageCoverage, listImages, renderPage } from './poppler.js';
import { DEFAULT_TOOLS, ocrUnavailable, ToolTimeoutError } from './tools.js';
import { readScannedImage } from './upright.js';

export interface OcrOptions extends OcrPageOptions {
  /** Pages read side by side (one tesseract thread each). */
  concurrency: number;
  /** A document with more scanned pages is refused before any is read. */
  maxPages: number;
  /** All scanned pages of a document must be read within this time. */
  totalTimeoutMs: number;
}

export const DEFAULT_OCR: OcrOptions = {
  tools: DEFAULT_TOOLS,
  dpi: 300,
  lang: 'chi_sim',
  timeoutMs: 120_000,
  concurrency: Math.max(1, Math.min(4, availableParallelism())),
  maxPages: 100,
  totalTimeoutMs: 1_800_000,
};

/** A page with fewer characters than this in its text layer has no text to speak of (a stamped page number). */
const NEGLIGIBLE_TEXT = 20;
/** A page is a scan when pictures cover at least this share of it. */
const SCAN_COVERAGE = 0.5;

/** Whether a page's text layer is empty or next to empty. */
export const hasNegligibleText = (page: PageContent): boolean => page.runs.reduce((n, r) => n + r.text.replace(/\s+/g, '').length, 0) < NEGLIGIBLE_TEXT;

export interface ScannedPages {
  /** The pages read by OCR, in page order. */
  pages: Page[];
  /** Why OCR could not run (missing tools), when it could not. */
  unavailable?: string;
}

/**
 * Reads the scanned pages among `candidates` (pages with no text to speak of): those a picture covers are
 * rendered and read by OCR; the others are blank. Needs pdftoppm, pdfimages and tesseract with its Chinese model;
 * without them nothing is read and the reason is returned.
 */
export async function readScannedPages(file: string, bytes: Uint8Array, candidates: readonly PageContent[], overrides: Partial<OcrOptions> = {}): Promise<ScannedPages> {
  const options: OcrOptions = { ...DEFAULT_OCR, ...overrides };
  if (candidates.length === 0) return { pages: [] };
  const unavailable = await ocrUnavailable(options.tools);
  if (unavailable) return { pages: [], unavailable };
  const dir = await makeTempDir('ocr');
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes);
    const images = await listImages(options.tools, pdf, options.timeoutMs).catch((error: unknown) => {
      throw new UnreadableFileError(file, `无法列出页面图像（${(error as Error).message}）`, error);
    });
    const scans = candidates.filter((c) => imageCoverage(images.filter((i) => i.page === c.number), c) >= SCAN_COVERAGE);
    if (scans.length > options.maxPages) {
      throw new LimitExceededError(file, `扫描页 ${scans.length} 页需要文字识别，上限为 ${options.maxPages} 页`);
    }
    const end = Date.now() + options.totalTimeoutMs;
    const pages: Page[] = [];
    let next = 0;
    let failure: unknown;
    // Workers stop taking pages after a failure; the temporary folder goes only once every run has ended.
    const worker = async () => {
      while (failure === undefined && next < scans.length) {
        const page = scans[next++]!;
        try {
          if (Date.now() > end) {
            throw new UnsupportedFormatError(file, `文字识别超过 ${options.totalTimeoutMs / 1000} 秒仍未完成（已识别 ${pages.length}/${scans.length} 页扫描页），已停止`);
          }
          pages.push(await readOne(file, pdf, page, dir, options));
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, scans.length) }, worker));
    if (failure !== undefined) throw failure;
    return { pages: pages.sort((a, b) => a.number - b.number) };
  } finally {
    await removeTempDir(dir);
  }
}

/** Reads one scanned page in a folder of its own, removed as soon as the page is read (the disk holds one page per worker). */
async function readOne(file: string, pdf: string, page: PageContent, parent: string, options: OcrOptions): Promise<Page> {
  const dir = await mkdtemp(join(parent, `page-${page.number}-`));
  try {
    const image = await renderPage(options.tools, pdf, page.number, options.dpi, join(dir, `render-${page.number}`), options.timeoutMs);
    return await readScannedImage(image, { number: page.number, width: page.width, height: page.height }, dir, options);
  } catch (error) {
    if (error instanceof ToolTimeoutError) throw new UnreadableFileError(file, `第 ${page.number} 页文字识别超时（${error.message}）`, error);
    throw new UnreadableFileError(file, `第 ${page.number} 页文字识别失败（${(error as Error).message}）`, error);
  } finally {
    await removeTempDir(dir);
  }
}
