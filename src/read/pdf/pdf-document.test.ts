import { describe, expect, it } from 'vitest';
import { UnreadableFileError, UnsupportedFormatError } from '../../model/errors.js';
import { buildPdf, line, ruledTable, text } from '../../../test/support/pdf-builder.js';
import { loadPdfJs, readPdfPages } from './pdf-document.js';

describe('readPdfPages', () => {
  it('reads each page’s size, text (through the CJK CMaps) and rules', async () => {
    const pdf = buildPdf([{ ops: [text(100, 100, '收入决算表 2024', 12)] }, { width: 842, height: 595, ops: ruledTable(50, 50, [100, 100], 20, [['合计', '1.00']]) }]);
    const [first, second] = await readPdfPages('t.pdf', pdf);
    expect(first).toMatchObject({ number: 1, width: 595, height: 842 });
    expect(first!.runs.map((r) => r.text)).toEqual(['收入决算表', '2024']);
    expect(first!.runs[0]!.baseline).toBeCloseTo(100, 1);
    expect(second).toMatchObject({ number: 2, width: 842, height: 595 });
    expect(second!.rulings.horizontal.map((s) => [s.at, s.from, s.to])).toEqual([
      [50, 50, 250],
      [70, 50, 250],
    ]);
    expect(second!.rulings.vertical.map((s) => s.at)).toEqual([50, 150, 250]);
  });

  it('refuses encrypted and damaged files, naming the file', async () => {
    const encrypted = buildPdf([{ ops: [text(100, 100, '内容')] }], { encrypted: true });
    await expect(readPdfPages('secret.pdf', encrypted)).rejects.toThrow(UnreadableFileError);
    await expect(readPdfPages('secret.pdf', encrypted)).rejects.toThrow(/secret\.pdf.*加密/);
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    await expect(readPdfPages('broken.pdf', damaged)).rejects.toThrow(/broken\.pdf.*(损坏|无法解析)/);
    // A page without text is returned as it is: the reader decides whether it is a scan.
    const [blank] = await readPdfPages('scan.pdf', buildPdf([{ ops: [line(10, 10, 100, 10)] }]));
    expect(blank).toMatchObject({ number: 1, runs: [] });
  });

  it('loads pdf.js without leaving its slower polyfills in place of native built-ins', async () => {
    await loadPdfJs();
    const native = (f: unknown) => Function.prototype.toString.call(f).includes('[native code]');
    expect([Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString].every(native)).toBe(true);
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function'); // what pdf.js needs on Node 20 stays
  });

  it('bounds the work: too many pages, too slow a page or document are refused', async () => {
    const pdf = buildPdf([{ ops: [text(10, 10, '一')] }, { ops: [text(10, 10, '二')] }]);
    const limits = { maxPages: 10, pageTimeoutMs: 10_000, totalTimeoutMs: 60_000 };
    await expect(readPdfPages('long.pdf', pdf, { ...limits, maxPages: 1 })).rejects.toThrow(UnsupportedFormatError);
    await expect(readPdfPages('long.pdf', pdf, { ...limits, maxPages: 1 })).rejects.toThrow(/long\.pdf.*2 页/);
    await expect(readPdfPages('slow.pdf', pdf, { ...limits, pageTimeoutMs: 0 })).rejects.toThrow(/slow\.pdf.*第 1 页解析超时/);
    await expect(readPdfPages('slow.pdf', pdf, { ...limits, totalTimeoutMs: -1 })).rejects.toThrow(/slow\.pdf.*已读 0\/2 页/);
  });
});
