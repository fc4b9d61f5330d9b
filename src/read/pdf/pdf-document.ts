import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UnreadableFileError, UnsupportedFormatError } from '../../model/errors.js';
import type { Matrix } from './matrix.js';
import { extractRulings, type Rulings } from './rulings.js';
import { textRuns, type RawTextItem, type RawTextStyle, type TextRun } from './text-runs.js';

/** What the reader needs of one page: its size, its text runs and its rulings, in viewport space. */
export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Rulings;
}

export interface PdfLimits {
  /** Documents with more pages are refused. */
  maxPages: number;
  /** Reading one page (text and drawing operators) may take at most this long… */
  pageTimeoutMs: number;
  /** …and the whole document at most this long. */
  totalTimeoutMs: number;
}

export const DEFAULT_LIMITS: PdfLimits = { maxPages: 2000, pageTimeoutMs: 20_000, totalTimeoutMs: 300_000 };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;

/** The parser half of pdf.js (it ships no type declarations; only its side effect of registering itself is used). */
const WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** Built-ins whose native versions must survive loading pdf.js (see loadPdfJs). */
const NATIVES: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
];

/**
 * pdf.js, loaded on first use so that reading text files does not pay for it. Its legacy build (needed on
 * Node 20) bundles core-js, which replaces some built-ins of this Node with slower polyfills for everyone
 * (Array.prototype.push alone cost ~15 % of reading time); the natives are put back. Polyfills that only add
 * what Node 20 lacks (Promise.withResolvers …) stay. Warnings pdf.js prints while loading (optional canvas
 * support, which the reader does not use) are kept off stdout.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const natives = NATIVES.map(([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key)] as const);
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith('Warning:'))) log(...args);
    };
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // pdf.js runs its parser in this thread ("fake worker"); loading it here puts it under the same guard.
      await import(WORKER_MODULE);
      return pdfjs;
    } finally {
      console.log = log;
      for (const [target, key, descriptor] of natives) if (descriptor) Object.defineProperty(target, key, descriptor);
    }
  })();
  return pdfjsPromise;
}

/**
 * Where pdf.js hands the fonts it parsed (`ownerDocument`): a document that keeps none of them. pdf.js gives every
 * embedded font to the page's document as an @font-face rule so that a browser can draw text with it; the reader
 * draws nothing. The alternative, `disableFontFace`, makes pdf.js compile every glyph it meets into a drawing path
 * instead (about a quarter of the reading time, and as much garbage) — paths nobody draws.
 */
const FONT_SINK = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as OwnerDocument;
/** pdf.js types it as a browser document, of which the sink has only what pdf.js's font loader calls. */
type OwnerDocument = NonNullable<Extract<Parameters<PdfJs['getDocument']>[0], { ownerDocument?: unknown }>['ownerDocument']>;

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (name: string) => join(PDFJS_DIR, name) + '/';

/**
 * Opens a PDF with pdf.js (no worker thread: pdf.js runs its parser in this thread) and reads every page's text
 * and rulings. Scripts, system fonts and images are not used (a page without text comes back without runs: the
 * reader decides whether it is a scan). Throws InputErrors naming the file for encrypted, damaged and oversized
 * documents.
 */
export async function readPdfPages(file: string, bytes: Uint8Array, limits: PdfLimits = DEFAULT_LIMITS): Promise<PageContent[]> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: FONT_SINK,
    useSystemFonts: false,
    maxImageSize: 0, // images are never decoded: the reader needs text and lines only
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(file, error);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new UnsupportedFormatError(file, `PDF 共 ${doc.numPages} 页，超过可读取的上限 ${limits.maxPages} 页`);
    }
    const pages: PageContent[] = [];
    const end = Date.now() + limits.totalTimeoutMs;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > end) throw new UnsupportedFormatError(file, `PDF 读取超过 ${limits.totalTimeoutMs / 1000} 秒仍未完成（已读 ${n - 1}/${doc.numPages} 页），已停止`);
      pages.push(await withTimeout(readPage(doc, n), limits.pageTimeoutMs, () => new UnreadableFileError(file, `第 ${n} 页解析超时（超过 ${limits.pageTimeoutMs / 1000} 秒），文件可能已损坏或结构异常`)));
    }
    return pages;
  } catch (error) {
    throw error instanceof UnreadableFileError || error instanceof UnsupportedFormatError ? error : pdfError(file, error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPage(doc: PdfDocument, n: number): Promise<PageContent> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList({ annotationMode: 0 })]);
    const items = text.items.filter((i): i is typeof i & RawTextItem => 'str' in i);
    const size = { width: viewport.width, height: viewport.height };
    return {
      number: n,
      ...size,
      runs: textRuns(items, text.styles as Record<string, RawTextStyle>, viewport.transform as Matrix),
      rulings: extractRulings(ops, viewport.transform, size),
    };
  } finally {
    page.cleanup();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** pdf.js exceptions as the user's problem with the file, in Chinese. */
export function pdfError(file: string, error: unknown): Error {
  const name = (error as { name?: string })?.name;
  const message = (error as { message?: string })?.message ?? String(error);
  if (name === 'PasswordException') return new UnreadableFileError(file, 'PDF 已加密，需要密码才能打开；请提供未加密的文件', error);
  if (name === 'InvalidPDFException') return new UnreadableFileError(file, 'PDF 文件已损坏或不完整，无法解析', error);
  return new UnreadableFileError(file, `PDF 文件无法解析（${message}）`, error);
}
