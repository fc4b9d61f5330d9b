import { readFile, stat } from 'node:fs/promises';
import { EmptyFileError, LimitExceededError, UnreadableFileError, UnsupportedFormatError } from '../model/errors.js';
import { checkLayoutSize, DEFAULT_BUDGET, type ReadBudget } from './budget.js';
import { decodeText } from './decode-text.js';
import type { Layout } from './layout.js';
import { readOfficeFormats } from './office-formats.js';
import { DEFAULT_LIMITS } from './pdf/pdf-document.js';
import { readPdf } from './pdf/pdf-reader.js';
import { readText } from './text-reader.js';

const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** "%PDF-" within the first 1 KB, as PDF readers accept it (some producers put bytes before the header). */
const isPdf = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1024)).includes('%PDF-');

/** Formats recognised by their signature that cannot be read yet. */
const SIGNATURES: { name: string; test: (b: Uint8Array) => boolean }[] = [
  { name: 'ZIP 容器（DOCX/XLSX）', test: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 },
  { name: 'OLE 容器（DOC/XLS）', test: (b) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 },
];

/** Reads any supported file into a Layout. Throws an InputError for a file a user must fix. */
export async function readDocument(file: string, budget: ReadBudget = DEFAULT_BUDGET): Promise<Layout> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UnreadableFileError(file, '这是一个目录，不是文件');
    size = info.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(file, describeFsError(error), error);
  }
  if (size === 0) throw new EmptyFileError(file);
  if (size > budget.bytes.any) throw new LimitExceededError(file, `文件 ${megabytes(size)}，上限为 ${megabytes(budget.bytes.any)}`);

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(file, describeFsError(error), error);
  }
  return readBytes(file, bytes, budget);
}

/** Reads a file's bytes into a Layout, choosing the reader by content (never by the file name). */
export async function readBytes(file: string, bytes: Uint8Array, budget: ReadBudget = DEFAULT_BUDGET): Promise<Layout> {
  return checkLayoutSize(await readByContent(file, bytes, budget), budget);
}

async function readByContent(file: string, bytes: Uint8Array, budget: ReadBudget): Promise<Layout> {
  if (bytes.length === 0) throw new EmptyFileError(file);
  if (bytes.length > budget.bytes.any) throw new LimitExceededError(file, `文件 ${megabytes(bytes.length)}，上限为 ${megabytes(budget.bytes.any)}`);
  if (isPdf(bytes)) return readPdf(file, bytes, { ...DEFAULT_LIMITS, maxPages: budget.pages }, { maxPages: budget.ocrPages });
  const office = await readOfficeFormats(file, bytes, budget);
  if (office) return office;
  const known = SIGNATURES.find((s) => s.test(bytes));
  if (known) throw new UnsupportedFormatError(file, `${known.name} 格式的读取尚未实现，目前支持 PDF 和文本（.txt/.md）`);
  if (bytes.length > budget.bytes.text) throw new LimitExceededError(file, `文本文件 ${megabytes(bytes.length)}，上限为 ${megabytes(budget.bytes.text)}`);
  const text = decodeText(bytes);
  if (text === undefined) throw new UnsupportedFormatError(file, '内容不是文本，也不是可识别的文档格式（可能是损坏的文件或二进制数据）');
  if (text.trim() === '') throw new EmptyFileError(file);
  return readText(file, text);
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个目录，不是文件';
  return (error as Error).message ?? String(error);
}
