// PDF pages as PNG images for the source viewer, rendered on the server with poppler's pdftoppm (the tool the OCR
// reader already needs) and kept in memory. One page at 100 dpi is 50–200 KB, far less than sending the whole PDF
// and pdf.js (about 1 MB of script plus its worker) to a browser on a slow network.
import { spawn } from 'node:child_process';

/** Pixels per inch of the images: one PDF unit (1/72 inch) is DPI/72 pixels. */
export const PAGE_DPI = 100;

export class PageNotFoundError extends Error {
  override readonly name = 'PageNotFoundError';
}

export class RenderError extends Error {
  override readonly name = 'RenderError';
}

export interface PageRendererOptions {
  pdftoppm?: string;
  dpi?: number;
  /** Images kept (least recently used first out). */
  capacity?: number;
  /** pdftoppm processes at a time: each takes a core while it runs. */
  parallel?: number;
  timeoutMs?: number;
}

/** Runs pdftoppm on the bytes (stdin) and returns the PNG of one page (stdout). */
function renderPng(program: string, bytes: Uint8Array, page: number, dpi: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    // pdftoppm may stop reading early (a bad file); the pipe error is then not ours to report.
    child.stdin.on('error', () => {});
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new RenderError(`无法运行 ${program}（需要 Debian 的 poppler-utils）：${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const png = Buffer.concat(out);
      if (code === 0 && png.length > 0) return resolve(png);
      if (/Wrong page range/i.test(err)) return reject(new PageNotFoundError(`文件没有第 ${page} 页。`));
      reject(new RenderError(signal ? `渲染第 ${page} 页超时。` : `渲染第 ${page} 页失败：${err.trim().split('\n')[0] ?? `退出状态 ${code}`}`));
    });
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

/** Runs pdfinfo on the bytes (stdin) and returns the number of pages. */
function countPages(bytes: Uint8Array, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdfinfo', ['-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stdin.on('error', () => {});
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new RenderError(`无法运行 pdfinfo（需要 Debian 的 poppler-utils）：${e.message}`));
    });
    child.on('close', () => {
      clearTimeout(timer);
      const pages = /^Pages:\s+(\d+)/m.exec(out)?.[1];
      if (pages) resolve(Number(pages));
      else reject(new RenderError('无法读出 PDF 的页数。'));
    });
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

export class PageRenderer {
  readonly dpi: number;
  readonly #program: string;
  readonly #capacity: number;
  readonly #parallel: number;
  readonly #timeoutMs: number;
  readonly #images = new Map<string, Promise<Buffer>>();
  readonly #pageCounts = new Map<string, Promise<number>>();
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(options: PageRendererOptions = {}) {
    this.#program = options.pdftoppm ?? 'pdftoppm';
    this.dpi = options.dpi ?? PAGE_DPI;
    this.#capacity = options.capacity ?? 48;
    this.#parallel = options.parallel ?? 2;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** How many pages the PDF has (kept per file: a page number is checked before anything is rendered). */
  pageCount(sha256: string, load: () => Promise<Uint8Array>): Promise<number> {
    let count = this.#pageCounts.get(sha256);
    if (!count) {
      count = load().then((bytes) => this.#limited(() => countPages(bytes, this.#timeoutMs)));
      count.catch(() => this.#pageCounts.delete(sha256));
      this.#pageCounts.set(sha256, count);
      if (this.#pageCounts.size > this.#capacity * 4) this.#pageCounts.delete(this.#pageCounts.keys().next().value!);
    }
    return count;
  }

  /** The PNG of a page; `sha256` names the bytes (the cache key). */
  render(sha256: string, bytes: Uint8Array, page: number): Promise<Buffer> {
    const key = `${sha256}:${page}`;
    const hit = this.#images.get(key);
    if (hit) {
      this.#images.delete(key);
      this.#images.set(key, hit);
      return hit;
    }
    const work = this.#limited(() => renderPng(this.#program, bytes, page, this.dpi, this.#timeoutMs));
    work.catch(() => this.#images.delete(key));
    this.#images.set(key, work);
    while (this.#images.size > this.#capacity) this.#images.delete(this.#images.keys().next().value!);
    return work;
  }

  async #limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#parallel) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}
