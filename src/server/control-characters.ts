// Text from a request never carries control characters (NUL, other C0 and C1 codes, DEL): a query parameter or path
// with one is refused with 400 before any route sees it, so that nothing such reaches the database (where NUL
// fails as an internal error) or a log line. Free text (a review comment) may span lines, nothing else.
/* eslint-disable no-control-regex */
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Control characters other than tab, line feed and carriage return. */
const CONTROL_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);

/** The text with every control character removed (an uploaded file's name as shown). */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_ALL, '');

/** "U+0000" for the first control character of a text. */
export function firstControl(text: string): string {
  const ch = (CONTROL.exec(text) ?? CONTROL_IN_LINES.exec(text))?.[0] ?? '';
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every control character shown as '?': safe on one log line. */
export const printable = (text: string): string => text.replace(CONTROL_ALL, '?');

/** A short, one-line log entry: what was refused and where, with the control characters shown as '?'. */
export const logRefusal = (method: string, path: string, what: string, code?: string): void =>
  console.warn(`juesuan: 400 ${method} ${printable(path).slice(0, 200)}: ${what} contains a control character${code ? ` ${code}` : ''}`);

/** Refuses a request whose path or any query parameter (name or value) holds a control character. */
export const rejectControlCharacters: MiddlewareHandler = async (c, next) => {
  const path = c.req.path;
  if (hasControlCharacter(path)) {
    logRefusal(c.req.method, path, 'path', firstControl(path));
    throw new ApiError('bad-query', `请求的路径含有控制字符（${firstControl(path)}），无法处理；请删去后重试。`);
  }
  for (const [name, values] of Object.entries(c.req.queries())) {
    const bad = [name, ...values].find(hasControlCharacter);
    if (bad === undefined) continue;
    const shown = withoutControlCharacters(name).slice(0, 40);
    logRefusal(c.req.method, path, `query parameter "${shown}"`, firstControl(bad));
    throw new ApiError('bad-query', `查询参数「${shown}」含有控制字符（${firstControl(bad)}），无法处理；请删去后重试。`);
  }
  return next();
};

/** Marks a body field's refusal as one for a control character (routes/api.ts logs it and says so). */
export const CONTROL_REFUSAL = { control: true } as const;

/** A request body's one-line text field: refused when it holds a control character. */
export const lineText = (schema: z.ZodString) => schema.refine((s) => !hasControlCharacter(s), { message: '不能含有控制字符', params: CONTROL_REFUSAL });

/** A request body's free text (several lines allowed): refused when it holds any other control character. */
export const multilineText = (schema: z.ZodString) =>
  schema.refine((s) => !CONTROL_IN_LINES.test(s), { message: '除换行和制表符外，不能含有控制字符', params: CONTROL_REFUSAL });
