// Errors of the API: always `{ error: { code, message } }`, the message in Chinese, the code in English.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError } from '../model/errors.js';
import { storeFault } from '../store/faults.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message } });

/** HTTP status of a user's file problem, by InputError code. */
const INPUT_STATUS: Record<string, ContentfulStatusCode> = {
  'empty-file': 400,
  'unreadable-file': 400,
  'unsupported-format': 415,
  'not-a-disclosure': 422,
  'truncated-document': 422,
  'over-limit': 413,
};

/** An InputError from the pipeline as an ApiError (415 for an unsupported type, 422 for a broken document …). */
export function fromInputError(e: InputError): ApiError {
  return new ApiError(INPUT_STATUS[e.code] ?? 422, e.code, e.message);
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

/**
 * A store that cannot write or cannot be reached right now: 507 or 503, answered at once with what to do, never a
 * 500 (the request was fine) and never a wait. Undefined for any other error.
 */
export function fromStoreFault(e: unknown): ApiError | undefined {
  switch (storeFault(e)) {
    case 'disk-full':
      return new ApiError(507, 'disk-full', '服务器的磁盘空间已满，这次的内容没有保存。请稍后再试，或请管理员清理磁盘。');
    case 'unavailable':
      return new ApiError(503, 'database-unavailable', '数据库暂时无法连接（可能正在重启），这次的请求没有完成。请稍后再试。');
    default:
      return undefined;
  }
}
