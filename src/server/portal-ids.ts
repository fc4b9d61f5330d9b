// Path and query parameters the portal's endpoints share, checked the way the rest of the API checks them
// (400 with a Chinese message naming the parameter).
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.js';

export function pathId(c: Context, name = 'id', what = '决算编号'): number {
  const raw = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw new ApiError('bad-id', `${what}「${raw}」无效：应为正整数。`);
  return Number(raw);
}

export const disclosureNotFound = (id: number): ApiError => new ApiError('not-found', `没有编号为 ${id} 的决算。`);

export function query<S extends z.ZodType>(c: Context, schema: S, hints: Record<string, string> = {}): z.infer<S> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  const field = String(result.error.issues[0]?.path[0] ?? '');
  const given = field ? c.req.query(field) : undefined;
  const what = given === undefined ? `缺少查询参数「${field}」` : `查询参数「${field}」的值「${given}」无效`;
  throw new ApiError('bad-query', `${what}${hints[field] ? `：${hints[field]}` : ''}。`);
}
