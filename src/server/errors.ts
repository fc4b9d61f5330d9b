// Errors of the API: always `{ error: { code, message } }`, the message in Chinese, the code in English.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError } from '../model/errors.js';

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
