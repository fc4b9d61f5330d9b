// Digital PDFs of the corpus (its HTML printed by Debian's Chromium through playwright-core, one browser for the
// whole run), their plain-text copies (poppler's pdftotext -layout and -raw) and scanned copies (page images only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../../src/render/pdf.js';
import { scanPdf } from '../image-pdf.js';

/** Why PDFs cannot be made on this machine, or undefined when they can. */
export function missingPdfTools(): string | undefined {
  if (!findChromium()) return '未找到 Chromium（apt-get install chromium），跳过版式语料的 PDF 用例';
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return '未安装 poppler-utils（apt-get install poppler-utils），跳过版式语料的 PDF 用例';
  }
  return undefined;
}

/** Why scanned copies cannot be read on this machine, or undefined when they can. */
export function missingOcrTools(): string | undefined {
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return langs.split(/\s+/).includes('chi_sim') ? undefined : 'tesseract 缺少 chi_sim 模型，跳过版式语料的扫描件用例';
  } catch {
    return '未安装 tesseract-ocr，跳过版式语料的扫描件用例';
  }
}

/** A document to print: its HTML, and the running footer printed above the page number in every page's margin. */
export interface PdfSource {
  html: string;
  footer?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prints HTML documents to PDF bytes with one Chromium, in order; every page numbered in its foot margin. */
export async function printPdfs(sources: readonly PdfSource[]): Promise<Uint8Array[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const out: Uint8Array[] = [];
    for (const { html, footer } of sources) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready;
      });
      // page numbers (and a running footer) at the foot of every page, as published packages print them
      const running = footer ? `<div>${escape(footer)}</div>` : '';
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="width:100%;font-size:8pt;text-align:center;font-family:'Noto Sans CJK SC',sans-serif">${running}<div>- <span class="pageNumber"></span> -</div></div>`,
      });
      out.push(new Uint8Array(pdf));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** A PDF's text as pdftotext gives it: columns kept by runs of spaces (-layout) or in reading order (-raw). */
export function pdfToText(pdf: Uint8Array, mode: 'layout' | 'raw'): string {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-corpus-pdftotext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, join(dir, 'out.txt')]);
    return readFileSync(join(dir, 'out.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A scanned copy of a PDF: every page a 200 dpi JPEG, no text layer. */
export function scannedCopy(pdf: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-corpus-scan-'));
  try {
    const file = join(dir, 'digital.pdf');
    writeFileSync(file, pdf);
    return scanPdf(file, dir, { dpi: 200, quality: 80 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
