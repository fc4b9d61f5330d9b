import { execFile } from 'node:child_process';

/**
 * The external programs the OCR reader runs, from Debian: poppler-utils (pdftoppm renders a page, pdfimages
 * lists a page's images) and tesseract-ocr with the tesseract-ocr-chi-sim model.
 */
export interface OcrTools {
  pdftoppm: string;
  pdfimages: string;
  tesseract: string;
}

export const DEFAULT_TOOLS: OcrTools = { pdftoppm: 'pdftoppm', pdfimages: 'pdfimages', tesseract: 'tesseract' };

/** The apt packages that provide the tools (named in the message when they are missing). */
export const OCR_PACKAGES = 'tesseract-ocr、tesseract-ocr-chi-sim、poppler-utils';

/** A tool is not installed (or not runnable). */
export class MissingToolError extends Error {
  override readonly name = 'MissingToolError';
}

/** A tool ran past its time limit and was killed. */
export class ToolTimeoutError extends Error {
  override readonly name = 'ToolTimeoutError';
}

/**
 * Runs a program with arguments (no shell) and returns its stdout. It is killed after `timeoutMs`. Tesseract's
 * OpenMP threads are limited to one: on a small machine one thread per page, pages run side by side, is more than
 * twice as fast as one page on all threads.
 */
export function run(program: string, args: readonly string[], timeoutMs: number, maxBuffer = 64 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      program,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' }, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        if (e.code === 'ENOENT' || e.code === 'EACCES') return reject(new MissingToolError(`${program} 未安装或无法运行`));
        if (e.killed || e.signal === 'SIGKILL') return reject(new ToolTimeoutError(`${program} 超过 ${Math.round(timeoutMs / 1000)} 秒未完成`));
        reject(new Error(`${program} 失败：${(stderr || e.message).trim().split('\n').slice(-3).join(' ')}`));
      },
    );
  });
}

let available: Promise<string | undefined> | undefined;
let availableFor: OcrTools | undefined;

/**
 * Why OCR cannot run here (a missing program or the Chinese model), or undefined when it can. Checked once per
 * set of tools.
 */
export function ocrUnavailable(tools: OcrTools = DEFAULT_TOOLS): Promise<string | undefined> {
  if (available && availableFor === tools) return available;
  availableFor = tools;
  available = (async () => {
    try {
      await run(tools.pdftoppm, ['-v'], 10_000);
      await run(tools.pdfimages, ['-v'], 10_000);
      const langs = await run(tools.tesseract, ['--list-langs'], 10_000);
      if (!langs.split(/\s+/).includes('chi_sim')) return '未安装简体中文识别模型 tesseract-ocr-chi-sim';
      return undefined;
    } catch (error) {
      return error instanceof MissingToolError ? error.message : `文字识别工具无法运行（${(error as Error).message}）`;
    }
  })();
  return available;
}
