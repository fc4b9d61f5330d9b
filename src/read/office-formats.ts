import { UnsupportedFormatError } from '../model/errors.js';
import { looksLikeHtml } from './html/html-decode.js';
import { DEFAULT_BUDGET, type ReadBudget } from './budget.js';
import type { Layout } from './layout.js';
import { convertWithLibreOffice } from './legacy/libreoffice.js';
import { isOle, oleKind } from './legacy/ole-kind.js';
import { ZipArchive } from './zip/zip-archive.js';

// The readers load their parsers (exceljs, parse5 …) only when a file of their format arrives, so reading a text
// or PDF file does not pay for them.
const readDocx = async (file: string, bytes: Uint8Array): Promise<Layout> => (await import('./docx/docx-reader.js')).readDocx(file, bytes);
const readHtml = async (file: string, bytes: Uint8Array, budget: ReadBudget): Promise<Layout> => {
  const html = await import('./html/html-reader.js');
  return html.readHtml(file, bytes, { ...html.DEFAULT_HTML_OPTIONS, budget });
};
const readXlsx = async (file: string, bytes: Uint8Array): Promise<Layout> => (await import('./xlsx/xlsx-reader.js')).readXlsx(file, bytes);

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07) && (b[3] === 0x04 || b[3] === 0x06 || b[3] === 0x08);

/**
 * Reads the office formats by their content: a ZIP package is a Word document when it has word/document.xml and
 * an Excel workbook when it has xl/workbook.xml (OpenDocument files are converted by LibreOffice); an OLE
 * compound file is a legacy .xls or .doc, converted by LibreOffice; text starting as an HTML page is HTML.
 * Returns undefined for anything else.
 */
export async function readOfficeFormats(file: string, bytes: Uint8Array, budget: ReadBudget = DEFAULT_BUDGET): Promise<Layout | undefined> {
  if (isZip(bytes)) return readZipPackage(file, bytes);
  if (isOle(bytes)) {
    const kind = oleKind(bytes);
    if (kind === 'xls') return readXlsx(file, await convertWithLibreOffice(file, bytes, 'xls', 'xlsx', 'Excel 工作簿'));
    if (kind === 'doc') return readDocx(file, await convertWithLibreOffice(file, bytes, 'doc', 'docx', 'Word 文档'));
    throw new UnsupportedFormatError(file, kind === 'ppt' ? 'PowerPoint 演示文稿不是决算公开的发布格式' : '这是一个 OLE 复合文档，但不是 Excel（.xls）或 Word（.doc）文件');
  }
  if (looksLikeHtml(bytes)) return readHtml(file, bytes, budget);
  return undefined;
}

async function readZipPackage(file: string, bytes: Uint8Array): Promise<Layout> {
  const names = ZipArchive.open(file, bytes, 'ZIP 压缩文件').names();
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (names.includes('word/document.xml') || has('word/')) return readDocx(file, bytes);
  if (names.includes('xl/workbook.xml') || has('xl/')) return readXlsx(file, bytes);
  if (names.includes('mimetype')) {
    const mimetype = new TextDecoder().decode(ZipArchive.open(file, bytes, 'OpenDocument 文件').read('mimetype'));
    if (mimetype.includes('opendocument.spreadsheet')) return readXlsx(file, await convertWithLibreOffice(file, bytes, 'ods', 'xlsx', 'OpenDocument 表格'));
    if (mimetype.includes('opendocument.text')) return readDocx(file, await convertWithLibreOffice(file, bytes, 'odt', 'docx', 'OpenDocument 文档'));
  }
  if (has('ppt/')) throw new UnsupportedFormatError(file, 'PowerPoint 演示文稿（.pptx）不是决算公开的发布格式');
  throw new UnsupportedFormatError(file, '这是一个 ZIP 压缩文件，但其中不是 Word（.docx）或 Excel（.xlsx）文档；如果是多个文件的压缩包，请先解压再导入');
}
