// The hostile inputs of issue 15, generated: each is written to a file and checked through the CLI as a user
// would run it. Files are produced in chunks where they are large, so the suite itself stays small in memory.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { unzipSync } from 'fflate';
import { buildPdf, text } from '../pdf-builder.js';
import { imageOnlyPdf } from '../image-pdf.js';
import { docxPackage, streamedZip, xlsxPackage, zipParts } from '../ooxml.js';

export interface HostileCase {
  name: string;
  /** The file name the user gives (the message must name it). */
  file: string;
  /** Writes the case to `path`. */
  write(path: string): Promise<void>;
  /** Exit status `juesuan check` must end with: 2 for a file refused (the message on standard error), 1 for one read but not passed. */
  status: number;
  /** What the Chinese message or report must say. */
  message: RegExp;
  /** Text that must never reach the output (e.g. the content of a file an XML entity points at). */
  never?: RegExp;
}

const INPUT = 2;

async function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const writeBytes = (bytes: Uint8Array | (() => Uint8Array | Promise<Uint8Array>)) => async (path: string) =>
  writeChunks(path, [typeof bytes === 'function' ? await bytes() : bytes]);

function* repeat(head: string, unit: string, count: number, tail: string): Generator<string> {
  yield head;
  const block = unit.repeat(1000);
  for (let i = 0; i < count / 1000; i++) yield block;
  yield tail;
}

function* zeros(megabytes: number): Generator<Uint8Array> {
  const chunk = new Uint8Array(1 << 20);
  for (let i = 0; i < megabytes; i++) yield chunk;
}

/** A 1×1 gray picture covering a page: an image-only ("scanned") page at almost no cost in bytes. */
const blankScanPage = { image: { gray: new Uint8Array([255]), width: 1, height: 1 }, width: 595, height: 842 };

const XXE = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>`;
const LAUGHS = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;

/** A Word package whose document.xml starts with a DOCTYPE declaring `entities` and uses `use` in a paragraph. */
function docxWithDoctype(doctype: string, use: string): Uint8Array {
  const parts = docxPackageParts(docxPackage(''));
  const body = `<w:p><w:r><w:t>收入支出决算总表 ${use}</w:t></w:r></w:p>`;
  parts['word/document.xml'] = `${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipParts(parts);
}

/** The parts of a package made by docxPackage, so one can be replaced. */
const docxPackageParts = (zip: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, new TextDecoder().decode(v)]));

/**
 * Every case of the suite. `samplePdf` is a real disclosure PDF (truncated for one case); without it that case is
 * left out.
 */
export function hostileCases(samplePdf?: string): HostileCase[] {
  const cases: HostileCase[] = [
    {
      name: 'HTML of 40 MB (over the HTML size limit)',
      file: '超大网页.html',
      write: (p) => writeChunks(p, repeat('<html><body><table>', '<tr><td>一般公共预算财政拨款收入</td><td>1234.56</td></tr>', 800_000, '</table></body></html>')),
      status: INPUT,
      message: /超大网页\.html.*(超过|上限)/s,
    },
    {
      name: 'HTML of 12 MB with two million elements (over the node limit)',
      file: '元素洪水.html',
      write: (p) => writeChunks(p, repeat('<html><body>', '<i></i>', 2_000_000, '</body></html>')),
      status: INPUT,
      message: /元素洪水\.html.*(超过|上限)/s,
    },
    {
      name: 'HTML nested 200 000 deep',
      file: '深层嵌套.html',
      write: (p) => writeChunks(p, repeat('<html><body>', '<div>', 200_000, '决算</body></html>')),
      status: INPUT,
      message: /深层嵌套\.html/,
    },
    {
      name: 'text of 70 MB (over the text size limit)',
      file: '超大文本.txt',
      write: (p) => writeChunks(p, repeat('收入支出决算总表\n', '一般公共预算财政拨款收入    1234.56\n', 2_000_000, '')),
      status: INPUT,
      message: /超大文本\.txt.*(超过|上限)/s,
    },
    {
      name: 'text with NUL bytes',
      file: '空字符.txt',
      write: (p) => writeChunks(p, repeat('收入支出决算总表\n', '\u0000\u0001\u0002收入', 10_000, '')),
      status: INPUT,
      message: /空字符\.txt/,
    },
    {
      name: 'a DOCX zip bomb (1 MB inflating to 300 MB)',
      file: '压缩炸弹.docx',
      write: writeBytes(() => streamedZip({ '[Content_Types].xml': () => [new TextEncoder().encode('<Types/>')], 'word/document.xml': () => zeros(300) })),
      status: INPUT,
      message: /压缩炸弹\.docx.*压缩炸弹/s,
    },
    {
      name: 'an XLSX zip bomb',
      file: '表格炸弹.xlsx',
      write: writeBytes(() =>
        streamedZip({
          ...Object.fromEntries(Object.entries(xlsxPackage('')).map(([k, v]) => [k, () => [new TextEncoder().encode(v)]])),
          'xl/sharedStrings.xml': () => zeros(300),
        }),
      ),
      status: INPUT,
      message: /表格炸弹\.xlsx/,
    },
    {
      name: 'a DOCX with an external entity (XXE)',
      file: '外部实体.docx',
      write: writeBytes(() => docxWithDoctype(XXE, '&secret;')),
      status: INPUT,
      message: /外部实体\.docx/,
      never: /root:x:0/,
    },
    {
      name: 'a DOCX with a billion laughs',
      file: '十亿笑声.docx',
      write: writeBytes(() => docxWithDoctype(LAUGHS, '&j;')),
      status: INPUT,
      message: /十亿笑声\.docx/,
      never: /(哈){1000}/,
    },
    {
      name: 'an encrypted PDF',
      file: '加密.pdf',
      write: writeBytes(buildPdf([{ ops: [text(100, 100, '收入支出决算总表')] }], { encrypted: true })),
      status: INPUT,
      message: /加密\.pdf.*加密/s,
    },
    {
      name: 'a PDF page of 20 000 × 20 000 pt (read, no table found: never a clean pass)',
      file: '巨幅页面.pdf',
      write: writeBytes(buildPdf([{ width: 20_000, height: 20_000, ops: [text(100, 100, '收入支出决算总表'), text(19_000, 19_000, '1234.56')] }])),
      status: 1,
      message: /审核不完整.*没有找到可读取的公开表/s,
    },
    {
      name: 'a PDF of 5000 pages',
      file: '五千页.pdf',
      write: writeBytes(() => buildPdf(Array.from({ length: 5000 }, () => ({ ops: [text(100, 100, '页')] })))),
      status: INPUT,
      message: /五千页\.pdf.*(超过|上限)/s,
    },
    {
      name: 'a PDF of 1999 image-only pages (an OCR flood)',
      file: '扫描洪水.pdf',
      write: writeBytes(() => imageOnlyPdf(Array.from({ length: 1999 }, () => blankScanPage))),
      status: INPUT,
      message: /扫描洪水\.pdf.*(上限|超过)/s,
    },
    {
      name: 'an empty file',
      file: '空文件.pdf',
      write: writeBytes(new Uint8Array(0)),
      status: INPUT,
      message: /空文件\.pdf.*空/s,
    },
    {
      name: 'a picture named .pdf',
      file: '其实是图片.pdf',
      write: writeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(2000).map((_, i) => (i * 7919) % 256)])),
      status: INPUT,
      message: /其实是图片\.pdf/,
    },
    {
      name: 'random bytes named .xlsx',
      file: '随机.xlsx',
      write: writeBytes(new Uint8Array(65_536).map((_, i) => (i * 2654435761) % 251)),
      status: INPUT,
      message: /随机\.xlsx/,
    },
  ];
  if (samplePdf) {
    cases.push({
      name: 'a real disclosure PDF cut in half',
      file: '截断.pdf',
      write: async (p) => {
        const bytes = await readFile(samplePdf);
        await writeChunks(p, [bytes.subarray(0, Math.floor(bytes.length / 2))]);
      },
      status: INPUT,
      message: /截断\.pdf/,
    });
  }
  return cases;
}
