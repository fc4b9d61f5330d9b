// HTML → PDF: the print-ready HTML printed by the system's Chromium through playwright-core (which never downloads
// a browser of its own). CSS decides pages, orientation and repeated headers; Chromium embeds the Noto CJK fonts
// as text, so the PDF can be searched, copied and read back by our PDF reader.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DraftedDisclosure } from '../draft/drafted.js';
import { ChromiumUnavailableError, RenderError } from './errors.js';
import { renderHtml, type HtmlRenderOptions } from './html.js';

/** Where Debian, Ubuntu and Fedora put Chromium (JUESUAN_CHROMIUM overrides). */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** Flags for a quiet, offline, throw-away browser: nothing phones home, nothing is kept. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface PdfOptions {
  /** Chromium executable; default: JUESUAN_CHROMIUM, else the first of the usual system paths. */
  executablePath?: string;
  /** Time budget for starting the browser and printing, in ms. */
  timeout?: number;
}

/** The Chromium executable to use, or undefined when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.JUESUAN_CHROMIUM;
  if (override) return override;
  return CANDIDATES.find((p) => existsSync(p));
}

const FOOTER = `<div style="width:100%;font-size:8pt;text-align:center;color:#444;font-family:'Noto Sans CJK SC',sans-serif">第 <span class="pageNumber"></span> 页</div>`;

/** Prints an HTML document (with its own @page rules) to PDF bytes. */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new ChromiumUnavailableError('（未找到）', '本机没有安装 Chromium 浏览器');
  if (!existsSync(executablePath)) throw new ChromiumUnavailableError(executablePath, `找不到浏览器程序 ${executablePath}`);
  const timeout = options.timeout ?? 120_000;
  // imported here so HTML, DOCX and XLSX output never load the browser driver
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'juesuan-chromium-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    try {
      context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: FLAGS, timeout, offline: true });
    } catch (error) {
      throw new ChromiumUnavailableError(executablePath, `浏览器无法启动（${firstLine(error)}）`, error);
    }
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load' });
    // the fonts must be loaded before layout is frozen into the PDF
    await page.evaluate(async () => {
      await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready;
    });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
    return new Uint8Array(pdf);
  } catch (error) {
    if (error instanceof RenderError) throw error;
    throw new RenderError('pdf-failed', `生成 PDF 失败：${firstLine(error)}`, { cause: error });
  } finally {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}

/** The package as PDF: the print-ready HTML printed by Chromium. */
export async function renderPdf(drafted: DraftedDisclosure, options: PdfOptions & HtmlRenderOptions = {}): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(drafted, { chartsAs: 'png', ...options }), options);
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
