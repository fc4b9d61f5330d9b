import { InputError } from '../model/errors.js';
import { EXIT, exitCodeFor } from './exit.js';

/** A failure as the CLI reports it; plain data, so it crosses worker threads intact. */
export interface ErrorInfo {
  code: string;
  /** Chinese, names the file. */
  message: string;
  exitCode: typeof EXIT.input | typeof EXIT.internal;
  /** Only with JUESUAN_DEBUG=1, and only for internal errors. */
  stack?: string;
}

export const debugEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => env.JUESUAN_DEBUG === '1';

/** InputError by class, or by shape when it crossed a module or realm boundary. */
function isInputError(e: unknown): e is InputError {
  if (e instanceof InputError) return true;
  if (!(e instanceof Error)) return false;
  const { code, file } = e as { code?: unknown; file?: unknown };
  return typeof code === 'string' && typeof file === 'string';
}

/** Operating-system errors that mean "this path cannot be read", in the user's words. */
const SYSTEM_REASONS: Record<string, [code: string, reason: string]> = {
  ENOENT: ['not-found', '文件不存在'],
  ENOTDIR: ['not-found', '路径中有一段不是目录'],
  EISDIR: ['unreadable-file', '这是一个目录'],
  EACCES: ['unreadable-file', '没有读取权限'],
  EPERM: ['unreadable-file', '没有读取权限'],
  ELOOP: ['unreadable-file', '符号链接循环'],
  EMFILE: ['unreadable-file', '同时打开的文件过多'],
  EIO: ['unreadable-file', '读写设备出错'],
};

export const notFound = (path: string): ErrorInfo => ({
  code: 'not-found',
  message: `找不到文件或目录：${path}`,
  exitCode: exitCodeFor('not-found'),
});

/** Classify anything thrown while processing `file`: the user's problem (exit 2) or ours (exit 3). */
export function describeError(e: unknown, file: string | undefined, debug = debugEnabled()): ErrorInfo {
  if (isInputError(e)) return { code: e.code, message: e.message, exitCode: exitCodeFor(e.code) };
  const sys = (e as { code?: unknown } | null)?.code;
  const known = typeof sys === 'string' ? SYSTEM_REASONS[sys] : undefined;
  if (known && file !== undefined) {
    return { code: known[0], message: `无法读取文件 ${file}：${known[1]}`, exitCode: exitCodeFor(known[0]) };
  }
  const detail = e instanceof Error ? e.message : String(e);
  const where = file === undefined ? '' : `处理文件 ${file} 时`;
  const info: ErrorInfo = {
    code: 'internal',
    message: `内部错误：${where}出错（${detail}）。这是决算通的缺陷，请报告；设置 JUESUAN_DEBUG=1 可显示调用栈。`,
    exitCode: exitCodeFor('internal'),
  };
  if (debug && e instanceof Error && e.stack) info.stack = e.stack;
  return info;
}

/** The text printed on stderr for a failure. */
export const errorText = (info: ErrorInfo): string => `${info.message}\n${info.stack ? `${info.stack}\n` : ''}`;
