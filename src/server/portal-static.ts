// The portal's static files, served from memory: every file gets a content hash, index.html refers to its
// scripts and styles by hashed URL and carries an import map that sends each module to its hashed URL, so
// hashed URLs can be cached for a year and a return visit costs one small request (index.html). Text files go
// out compressed (brotli, else gzip), each compressed once. ECharts comes from node_modules (only the chart pages
// load it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { Hono, type Context } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
const YEAR = 'public, max-age=31536000, immutable';

/** Files served from outside web/: the ECharts build with the charts and components the portal uses. */
export function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return { '/vendor/echarts.js': require.resolve('echarts/dist/echarts.common.min.js') };
}

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
  headers?: Record<string, string>;
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

const hashOf = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

const asset = (body: Buffer, type: string, headers?: Record<string, string>): Asset => ({ body, type, hash: hashOf(body), ...(headers ? { headers } : {}), encoded: new Map() });

/**
 * index.html with hashed URLs: src/href attributes naming a known file get `?v=<hash>`, and an import map (placed
 * before the first module script) maps every module and vendor file to its hashed URL. The Content-Security-Policy
 * allows exactly that inline import map.
 */
export function versionHtml(html: string, assets: ReadonlyMap<string, Asset>): { html: string; csp: string } {
  const versioned = (path: string) => `${path}?v=${assets.get(path)!.hash}`;
  const imports: Record<string, string> = {};
  for (const [path, a] of assets) if (/\.(m?js)$/.test(path)) imports[path] = `${path}?v=${a.hash}`;
  const map = JSON.stringify({ imports });
  let out = html.replace(/\b(src|href)="(\/[^"?#]*)"/g, (all, attr: string, path: string) => (assets.has(path) ? `${attr}="${versioned(path)}"` : all));
  const tag = `<script type="importmap">${map}</script>`;
  // The import map must come before anything that loads a module, modulepreload links included: a module fetched
  // before the map is known would be fetched again under its mapped URL.
  const first = out.search(/<link rel="modulepreload"|<script type="module"/);
  out = first >= 0 ? `${out.slice(0, first)}${tag}\n${out.slice(first)}` : out.replace('</head>', `${tag}\n</head>`);
  const mapHash = createHash('sha256').update(map).digest('base64');
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'sha256-${mapHash}'`,
    // ECharts' tooltips carry inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
  return { html: out, csp };
}

export function loadAssets(webRoot: string, vendor: Record<string, string> = vendorFiles()): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of walk(webRoot)) {
    const path = `/${relative(webRoot, file).split(sep).join('/')}`;
    const type = TYPES[extname(file).toLowerCase()];
    if (type) assets.set(path, asset(readFileSync(file), type));
  }
  for (const [path, file] of Object.entries(vendor)) {
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) assets.set(path, asset(readFileSync(file), TYPES['.js']!));
  }
  const index = assets.get('/index.html');
  if (index) {
    const { html, csp } = versionHtml(index.body.toString('utf8'), assets);
    assets.set('/index.html', asset(Buffer.from(html), index.type, { 'Content-Security-Policy': csp, 'Referrer-Policy': 'same-origin' }));
  }
  return assets;
}

function encoding(accept: string | undefined, type: string, size: number): 'br' | 'gzip' | undefined {
  if (!accept || size < 512 || !COMPRESSIBLE.test(type)) return undefined;
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return undefined;
}

function encoded(a: Asset, enc: 'br' | 'gzip'): Promise<Buffer> {
  let work = a.encoded.get(enc);
  if (!work) {
    // Quality 11 takes seconds on the 700 KB chart library for 8 % less; 9 is as fast as gzip.
    const quality = a.body.length > 256 * 1024 ? 9 : 11;
    work =
      enc === 'br'
        ? brotli(a.body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: a.body.length } })
        : gzipAsync(a.body, { level: 9 });
    a.encoded.set(enc, work);
  }
  return work;
}

/** The portal's routes (hash routes: #/d/7 …) that a user may type or paste without the #. */
const PORTAL_PATHS = /^\/(d|departments|dashboard|search|compare|batch|rules|rankings)(\/|$)/;

/**
 * What a browser gets for a path that is not a file: a portal route typed without its # is sent to the route
 * (/d/7 → /#/d/7); anything else is a small Chinese page with its own title, never JSON.
 */
export function notFoundPage(c: Context): Response {
  const path = c.req.path;
  if ((c.req.method === 'GET' || c.req.method === 'HEAD') && PORTAL_PATHS.test(path)) {
    const search = new URL(c.req.url).search;
    return c.redirect(`/#${path}${search}`, 302);
  }
  const shown = path.length > 80 ? `${path.slice(0, 80)}…` : path;
  const escaped = shown.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return c.html(
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>没有这个页面 · 决算通</title><link rel="stylesheet" href="/css/portal.css"></head>` +
      `<body><main id="main" style="max-width:720px;margin:40px auto;padding:0 20px"><h1>没有这个页面</h1>` +
      `<p>地址 <code>${escaped}</code> 不存在，可能输错了，或者页面已经移动。</p><p><a href="/">回到决算通首页</a></p></main></body></html>`,
    404,
    { 'Content-Security-Policy': "default-src 'none'; style-src 'self'; frame-ancestors 'none'" },
  );
}

/** Loaded once per directory and process: the apps made over the same files share them and their compressions. */
const loaded = new Map<string, Map<string, Asset>>();

/** The portal's files at / (index.html) and their own paths. */
export function portalStatic(webRoot: string): Hono {
  let assets = loaded.get(webRoot);
  if (!assets) loaded.set(webRoot, (assets = loadAssets(webRoot)));
  const files = assets;
  const app = new Hono();
  const send = async (c: Context, path: string) => {
    const a = files.get(path);
    if (!a) return undefined;
    const etag = `"${a.hash}"`;
    const headers: Record<string, string> = {
      'Content-Type': a.type,
      ETag: etag,
      Vary: 'Accept-Encoding',
      'Cache-Control': c.req.query('v') === a.hash ? YEAR : 'no-cache',
      ...a.headers,
    };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    const enc = encoding(c.req.header('Accept-Encoding'), a.type, a.body.length);
    const body = enc ? await encoded(a, enc) : a.body;
    if (enc) headers['Content-Encoding'] = enc;
    return c.body(new Uint8Array(body), 200, headers);
  };
  app.get('/', async (c, next) => (await send(c, '/index.html')) ?? next());
  app.get('/*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : ((await send(c, c.req.path)) ?? next())));
  return app;
}
