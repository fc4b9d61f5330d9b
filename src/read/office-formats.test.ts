import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../extract/index.js';
import { EmptyFileError, InputError, NotADisclosureError, TruncatedDocumentError } from '../model/errors.js';
import { docxPackage, streamedZip, xlsxPackage, zipParts } from '../../test/support/ooxml.js';
import { writeDocx } from '../../test/support/write-docx.js';
import { writeXlsx } from '../../test/support/write-xlsx.js';
import { readBytes } from './index.js';
import type { GridBlock } from './layout.js';
import { readText } from './text-reader.js';

const MINI = resolve(import.meta.dirname, '../../demo/mini-2024.txt');
const mini = () => readText(MINI, readFileSync(MINI, 'utf8'));

/** Reading fails with an InputError whose Chinese message names the file, within the time given. */
async function refused(file: string, bytes: Uint8Array, pattern: RegExp, milliseconds = 5000): Promise<InputError> {
  const started = Date.now();
  const error = await readBytes(file, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as Error).message;
  expect(message).toContain(file);
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).toMatch(pattern);
  expect(Date.now() - started).toBeLessThan(milliseconds);
  return error as InputError;
}

function* zeros(megabytes: number): Generator<Uint8Array> {
  const chunk = new Uint8Array(1 << 20);
  for (let i = 0; i < megabytes; i++) yield chunk;
}

function* rows(count: number, row: (n: number) => string): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let start = 1; start <= count; start += 10_000) {
    let text = '';
    for (let n = start; n < start + 10_000 && n <= count; n++) text += row(n);
    yield encoder.encode(text);
  }
}

/** A workbook whose one sheet is streamed: header rows, then `count` generated rows. */
function bigWorkbook(head: string, count: number, row: (n: number) => string): Uint8Array {
  const parts = xlsxPackage('');
  const [before, after] = parts['xl/worksheets/sheet1.xml']!.split('</sheetData>') as [string, string];
  const encoder = new TextEncoder();
  return streamedZip({
    ...Object.fromEntries(Object.entries(parts).filter(([name]) => !name.includes('worksheets')).map(([name, text]) => [name, () => [encoder.encode(text)]])),
    'xl/worksheets/sheet1.xml': function* () {
      yield encoder.encode(before + head);
      yield* rows(count, row);
      yield encoder.encode(`</sheetData>${after}`);
    },
  });
}

describe('office formats are recognised by content', () => {
  it('reads DOCX and XLSX whatever the file is called', async () => {
    expect((await readBytes('名字无后缀', await writeDocx(mini()))).format).toBe('docx');
    expect((await readBytes('表格.docx', await writeXlsx(mini(), { split: 'single', numbers: 'text', borders: false }))).format).toBe('xlsx');
  });
});

describe('hostile and broken input ends in an InputError naming the file, in bounded time', () => {
  it('a truncated DOCX', async () => {
    const bytes = await writeDocx(mini());
    const error = await refused('截断.docx', bytes.subarray(0, Math.floor(bytes.length / 2)), /不完整|截断/);
    expect(error).toBeInstanceOf(TruncatedDocumentError);
  });

  it('a zip bomb: a small file whose document inflates to 200 MB', async () => {
    const bytes = streamedZip({ '[Content_Types].xml': () => [new TextEncoder().encode('<Types/>')], 'word/document.xml': () => zeros(200) });
    expect(bytes.length).toBeLessThan(1 << 20);
    await refused('炸弹.docx', bytes, /压缩炸弹/, 1000);
  });

  it('a DOCX without word/document.xml', async () => {
    await refused('无正文.docx', zipParts({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }), /word\/document\.xml/);
  });

  it('a DOCX whose document is not XML', async () => {
    await refused('乱码.docx', zipParts({ 'word/document.xml': '\u0000\u0001garbage<<' }), /不是有效的 XML/);
  });

  it('a .docx that is random bytes', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) % 251);
    await refused('随机.docx', random, /无法识别|不是文本/);
    const zipLike = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random]);
    await refused('假压缩.docx', zipLike, /ZIP 目录缺失/);
  });

  it('an XLSX with 10⁶ empty rows reads its table quickly, and one with nothing else is empty', async () => {
    const table = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>合计</t></is></c><c r="B2"><v>1</v></c></row>';
    const withTable = bigWorkbook(table, 1_000_000, (n) => `<row r="${n + 2}" spans="1:8" ht="15"/>`);
    const started = Date.now();
    const layout = await readBytes('空行.xlsx', withTable);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((layout.blocks[0] as GridBlock).rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '金额'],
      ['合计', '1'],
    ]);
    const error = await refused('只有空行.xlsx', bigWorkbook('', 1_000_000, (n) => `<row r="${n}"><c r="A${n}" s="1"/></row>`), /空的/, 10_000);
    expect(error).toBeInstanceOf(EmptyFileError);
  }, 30_000);

  it('a huge sheet is refused before it is loaded', async () => {
    const bytes = bigWorkbook('', 60_000, (n) => Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${n}"><v>${n}</v></c>`).join('').replace(/^/, `<row r="${n}">`) + '</row>');
    await refused('巨表.xlsx', bytes, /单元格超过 500,000 个/, 10_000);
  }, 30_000);

  it('an HTML page without tables reads as text and is then not a disclosure', async () => {
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body><h1>新闻</h1><p>今天天气晴。</p></body></html>');
    const layout = await readBytes('新闻.html', page);
    expect(layout.blocks).toHaveLength(2);
    expect(() => extractDisclosure(layout)).toThrow(NotADisclosureError);
  });

  it('deeply nested HTML does not overflow the stack', async () => {
    const page = new TextEncoder().encode(`<!DOCTYPE html><html><body>${'<div>'.repeat(50_000)}深处${'</div>'.repeat(50_000)}<p>表后</p></body></html>`);
    const layout = await readBytes('嵌套.html', page);
    expect(layout.blocks.at(-1)).toMatchObject({ text: '表后' });
  });

  it('a legacy PowerPoint file is named as such', async () => {
    const ppt = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ppt);
    ppt.write('PowerPoint Document\0', 600, 'utf16le');
    await refused('演示.ppt', ppt, /PowerPoint/);
  });

  it('an Excel package without a workbook part', async () => {
    await refused('无工作簿.xlsx', zipParts({ 'xl/styles.xml': '<styleSheet/>' }), /xl\/workbook\.xml/);
  });

  it('a ZIP of other files', async () => {
    await refused('附件.zip', zipParts({ 'a.pdf': '%PDF-1.4' }), /请先解压/);
  });

  it('a docx package with broken parts other than the document', async () => {
    const bytes = docxPackage('<w:p><w:r><w:t>正文</w:t></w:r></w:p>', { styles: '<w:style' });
    await refused('坏样式.docx', bytes, /word\/styles\.xml/);
  });
});
