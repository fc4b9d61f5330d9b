// Errors of the API: always `{ error: { code, message } }`, the message in Chinese, the code in English; the HTTP
// status comes from the one table of error codes (model/error-codes.ts) that the CLI's exit statuses come from too.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorCodeInfo, type ErrorBody, type ErrorCode } from '../model/error-codes.js';
import { InputError } from '../model/errors.js';
import { RenderError } from '../render/errors.js';
import { storeFault } from '../store/faults.js';

export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.status = errorCodeInfo(code).http;
  }
}

export const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message } });

/** The HTTP status and body of anything thrown: an ApiError, a user's file problem (InputError), or our defect. */
export function errorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody; internal: boolean } {
  if (err instanceof ApiError) return { status: err.status, body: errorBody(err.code, err.message), internal: false };
  if (err instanceof InputError) return { status: errorCodeInfo(err.code).http, body: errorBody(err.code, err.message), internal: false };
  if (err instanceof RenderError) return { status: errorCodeInfo(err.code).http, body: errorBody(err.code, err.message), internal: errorCodeInfo(err.code).exit === 3 };
  // Raised by the request validators for a body of the wrong media type (415) or a malformed one.
  if (err instanceof HTTPException && err.status >= 400 && err.status < 500) {
    const message = err.status === 415 ? '请求内容的类型不对：应为 application/json。' : '请求内容无效。';
    return { status: err.status as ContentfulStatusCode, body: errorBody('bad-body', message), internal: false };
  }
  return { status: 500, body: errorBody('internal', '服务器内部错误，请稍后再试。'), internal: true };
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

/**
 * A store that cannot write or cannot be reached right now: 507 or 503, answered at once with what to do, never a
 * 500 (the request was fine) and never a wait. Undefined for any other error.
 */
export function fromStoreFault(e: unknown): ApiError | undefined {
  switch (storeFault(e)) {
    case 'disk-full':
      return new ApiError('disk-full', '服务器的磁盘空间已满，这次的内容没有保存。请稍后再试，或请管理员清理磁盘。');
    case 'unavailable':
      return new ApiError('database-unavailable', '数据库暂时无法连接（可能正在重启），这次的请求没有完成。请稍后再试。');
    default:
      return undefined;
  }
}

export const disclosureNotFound = (id: number): ApiError => new ApiError('not-found', `没有编号为 ${id} 的决算。`);
