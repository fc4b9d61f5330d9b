import { readFile, stat } from 'node:fs/promises';
import { EmptyFileError, UnreadableFileError, UnsupportedFormatError } from '../model/errors.js';
import { decodeText } from './decode-text.js';
import type { Layout } from './layout.js';
import { readText } from './text-reader.js';

/** Text inputs larger than this are refused rather than read into memory. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

const SIGNATURES: { name: string; test: (b: Uint8Array) => boolean }[] = [
  { name: 'PDF', test: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 },
  { name: 'ZIP 容器（DOCX/XLSX）', test: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 },
  { name: 'OLE 容器（DOC/XLS）', test: (b) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 },
];

/** Reads any supported file into a Layout. Throws an InputError for a file a user must fix. */
export async function readDocument(file: string): Promise<Layout> {
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
  if (size > MAX_TEXT_BYTES) throw new UnsupportedFormatError(file, `文件过大（${(size / 1048576).toFixed(1)} MB），文本文件上限为 64 MB`);

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(file, describeFsError(error), error);
  }
  return readBytes(file, bytes);
}

export function readBytes(file: string, bytes: Uint8Array): Layout {
  if (bytes.length === 0) throw new EmptyFileError(file);
  const known = SIGNATURES.find((s) => s.test(bytes));
  if (known) throw new UnsupportedFormatError(file, `${known.name} 格式的读取尚未实现，目前只支持文本（.txt/.md）`);
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
