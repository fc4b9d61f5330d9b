import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../model/errors.js';
import { imageOnlyPdf, scanPdf } from '../../../test/support/image-pdf.js';
import { buildPdf, line, ruledTable, text } from '../../../test/support/pdf-builder.js';
import type { GridBlock } from '../layout.js';
import { readPdf } from '../pdf/pdf-reader.js';
import { DEFAULT_TOOLS, ocrUnavailable } from './tools.js';

const unavailable = await ocrUnavailable();
/** pdftoppm draws the test PDFs' Chinese text (a non-embedded font) with a system CJK font. */
const cjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();
const skip = unavailable ?? (cjkFont ? undefined : '没有中文字体（fonts-noto-cjk），无法生成扫描页');

const white = (w: number, h: number) => ({ gray: new Uint8Array(w * h).fill(255), width: w, height: h });

describe('scanned pages without OCR tools', () => {
  it('refuses an image-only PDF, saying what to install', async () => {
    const pdf = imageOnlyPdf([{ image: white(20, 20), width: 200, height: 200 }]);
    const tools = { ...DEFAULT_TOOLS, tesseract: '/nonexistent/tesseract', pdftoppm: '/nonexistent/pdftoppm' };
    await expect(readPdf('scan.pdf', pdf, undefined, { tools })).rejects.toThrow(UnsupportedFormatError);
    await expect(readPdf('scan.pdf', pdf, undefined, { tools })).rejects.toThrow(/scan\.pdf.*扫描件.*OCR.*未安装.*tesseract-ocr-chi-sim/);
  });
});

describe.skipIf(skip !== undefined)('scanned pages (tesseract)', () => {
  if (skip) console.warn(`跳过扫描页测试：${skip}`);

  it('reads a scanned table into a grid with OCR confidences, beside a digital page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-ocr-test-'));
    try {
      const digital = buildPdf([
        {
          width: 360,
          height: 160,
          ops: [text(40, 30, '收入决算表', 14), text(250, 50, '单位：万元'), ...ruledTable(40, 60, [110, 60, 90], 22, [['项目', '', '金额'], ['合计', '', '9746.50'], ['208', '社会保障', '754.75']], { merge: [[0, 0, 1, 2], [1, 0, 1, 2]] })],
        },
      ]);
      const file = join(dir, 'table.pdf');
      writeFileSync(file, digital);
      const scan = scanPdf(file, dir, { dpi: 200 });
      const layout = await readPdf('scan.pdf', scan);
      const grid = layout.blocks.find((b): b is GridBlock => b.kind === 'grid');
      expect(layout.blocks.filter((b) => b.kind === 'line').map((b) => (b.kind === 'line' ? b.text : ''))).toEqual(['收入决算表', '单位：万元']);
      expect(grid?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        ['项目', '', '金额'],
        ['合计', '', '9746.50'],
        ['208', '社会保障', '754.75'],
      ]);
      const amount = grid!.rows[2]!.cells[2]!;
      expect(grid!.rows.flatMap((r) => r.cells).every((c) => c.text === '' || (c.confidence! >= 0 && c.confidence! <= 1))).toBe(true);
      // the cell's place on the page, in PDF units from the top-left corner
      expect(amount.source).toEqual({ page: 1, bbox: [expect.closeTo(210, -0.5), expect.closeTo(104, -0.5), expect.closeTo(300, -0.5), expect.closeTo(126, -0.5)] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a PDF with neither text nor a page image', async () => {
    await expect(readPdf('blank.pdf', buildPdf([{ ops: [line(10, 10, 100, 10)] }]))).rejects.toThrow(/blank\.pdf.*既没有文字层，也没有可识别的扫描图像/);
  });
});
