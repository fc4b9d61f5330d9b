// What keeps other web pages from acting in the user's name, and what the browser is told about our responses.
// Reads are public (anyone may fetch them, also from other origins); writes are accepted only from the portal's own
// origin, whatever the token, since a page on another site (or another port of this machine) can make the
// browser send requests to us.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ApiError } from './errors.js';

const READ_METHODS = new Set(['GET', 'HEAD']);

/** Headers every response carries; a response that set its own Content-Security-Policy (index.html, files) keeps it. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  c.header('X-Frame-Options', 'DENY');
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
};

/**
 * Refuses a write (any method but GET/HEAD/OPTIONS) that a browser sends from another origin. Browsers say where a
 * request comes from in Sec-Fetch-Site (all current ones) and Origin (on every cross-origin write); a request with
 * neither comes from a program such as curl, which the token (when set) governs.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (READ_METHODS.has(c.req.method) || c.req.method === 'OPTIONS') return next();
  const site = c.req.header('Sec-Fetch-Site');
  const origin = c.req.header('Origin');
  const host = c.req.header('Host');
  const foreign =
    (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && (origin === 'null' || !sameHost(origin, host)));
  if (foreign) throw new ApiError('cross-origin', '拒绝写入：这个请求来自其他网站或网页。上传、删除和标注只能在决算通自己的页面上进行。');
  return next();
};

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const readCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], allowHeaders: ['Content-Type'], maxAge: 600 });

/**
 * CORS for reads only: any origin may read the public data (without credentials). A preflight for a write gets no
 * CORS headers, so the browser never sends the write.
 */
export const readOnlyCors: MiddlewareHandler = async (c, next) => {
  if (READ_METHODS.has(c.req.method)) return readCors(c, next);
  if (c.req.method === 'OPTIONS') {
    const wanted = (c.req.header('Access-Control-Request-Method') ?? '').toUpperCase();
    if (READ_METHODS.has(wanted)) return readCors(c, next);
    throw new ApiError('cross-origin', '拒绝跨站写入：其他网站的网页不能上传、删除或修改数据。');
  }
  return next();
};
