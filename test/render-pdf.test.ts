import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/pipeline/analyse.js';
import { ChromiumUnavailableError } from '../src/render/errors.js';
import { findChromium, htmlToPdf, renderPdf } from '../src/render/pdf.js';
import { corpusDocument, hasShared } from './support/shared-corpus.js';
import { draftedFrom } from './support/render-drafted.js';

const OUT = resolve(import.meta.dirname, '../test-output/render');
const chromium = findChromium();
const poppler = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo'].every((p) => existsSync(p));
const reason = !chromium ? '未找到 Chromium（apt-get install chromium）' : !poppler ? '未找到 poppler-utils（apt-get install poppler-utils）' : '';
if (reason) console.warn(`${reason}，跳过 PDF 版面测试`);

describe('PDF errors', () => {
  it('names a missing browser in Chinese with a code', async () => {
    const error = await htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumUnavailableError);
    expect((error as ChromiumUnavailableError).code).toBe('chromium-unavailable');
    expect((error as Error).message).toMatch(/无法生成 PDF.*Chromium/);
  });
});

describe.skipIf(reason !== '')('PDF pages', () => {
  it('prints A4 pages (wide tables landscape) with searchable Chinese text, saved as PNG for inspection', { timeout: 120_000 }, async () => {
    const source = hasShared ? corpusDocument('000') : resolve(import.meta.dirname, '../demo/mini-2024.txt');
    const pdf = join(OUT, 'pages.pdf');
    writeFileSync(pdf, await renderPdf(draftedFrom(await extractFile(source))));

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const phrase of ['收入支出决算总表', '一般公共预算财政拨款基本支出决算明细表', '部门名称：', '金额单位：万元', '主要原因是【', '第二部分']) expect(text).toContain(phrase);
    // the text layer carries ideographs, not the look-alike radicals (⼀ U+2F00 …)
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/u);

    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.some(([w, h]) => w! < h!)).toBe(true); // portrait pages (text, narrow tables)
    expect(sizes.some(([w, h]) => w! > h!)).toBe(true); // landscape pages (wide tables)
    for (const [w, h] of sizes) expect([Math.round(Math.min(w!, h!)), Math.round(Math.max(w!, h!))]).toEqual([595, 842]);

    const pages = join(OUT, 'pages');
    rmSync(pages, { recursive: true, force: true });
    mkdirSync(pages, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(pages, 'page')]);
    expect(readdirSync(pages).filter((f) => f.endsWith('.png'))).toHaveLength(sizes.length);
  });
});
