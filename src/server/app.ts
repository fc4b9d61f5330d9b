// The HTTP API and the web portal. Every route is declared once in a module under routes/ (request and response
// schemas from src/model and src/store/records.ts); the OpenAPI document at /api/openapi.json is generated from
// those declarations. Reads are public; writes come only from the portal's own pages and, when a token is set, need
// `Authorization: Bearer <token>`.
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { compress } from 'hono/compress';
import { ERROR_CODES } from '../model/error-codes.js';
import { directIngester, type Ingester } from '../pipeline/ingest.js';
import type { Analyser } from '../pipeline/pool.js';
import { createReauditor, type Reauditor } from '../pipeline/reaudit.js';
import type { Repository } from '../store/repository.js';
import { printable, rejectControlCharacters } from './control-characters.js';
import { ApiError, errorBody, errorResponse, fromStoreFault, isInputError } from './errors.js';
import { notFoundPage, portalStatic } from './portal-static.js';
import { registerAggregateRoutes } from './routes/aggregates.js';
import { createApi, type ApiApp } from './routes/api.js';
import { registerCatalogRoutes } from './routes/catalog.js';
import { registerDashboardRoutes } from './routes/dashboard.js';
import type { ApiDeps } from './routes/deps.js';
import { registerDepartmentRoutes } from './routes/departments.js';
import { registerDisclosureRoutes } from './routes/disclosures.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerFigureRoutes } from './routes/figures.js';
import { registerReviewRoutes } from './routes/reviews.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerServiceRoutes, type JobsProgress } from './routes/service.js';
import { registerSourceRoutes } from './routes/sources.js';
import { readOnlyCors, sameOriginWrites, securityHeaders } from './security.js';
import { LayoutCache } from './source-view-layouts.js';
import { PageRenderer } from './source-view-pages.js';

export interface AppOptions {
  repo: Repository;
  analyser: Analyser;
  /** When set, POST/PUT/DELETE under /api need `Authorization: Bearer <token>`. */
  token?: string | undefined;
  /** Largest accepted upload in bytes (default 50 MiB). */
  maxUploadBytes?: number | undefined;
  /** Directory of the portal's static files (default: web/ of the package); false for none. */
  webRoot?: string | false | undefined;
  /** Shown by /api/health. */
  driver?: string | undefined;
  /** Shared with whoever else re-audits (the server's start-up); made from repo and analyser when absent. */
  reauditor?: Reauditor | undefined;
  /** How uploads reach the store: through the job queue when there is one (DATABASE_URL), else analysed here. */
  ingester?: Ingester | undefined;
  /** Progress of the job queue (GET /api/jobs), when uploads go through one. */
  jobs?: (() => Promise<JobsProgress>) | undefined;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const WEB_ROOT = resolve(import.meta.dirname, '../../web');
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export function createApp(options: AppOptions): ApiApp {
  const { repo, analyser } = options;
  const tokenHash = options.token ? hashToken(options.token) : undefined;
  const webRoot = options.webRoot === undefined ? WEB_ROOT : options.webRoot;
  const readLayout = analyser.readLayout?.bind(analyser);
  /**
   * The pipeline on an upload analysed here. A reader that fails on a corrupt file without saying why (not an
   * InputError) is still the file's problem to the user: 422, while the stack goes to the log for us.
   */
  const analyseUpload = async (name: string, bytes: Uint8Array) => {
    try {
      return await analyser.analyse(name, bytes);
    } catch (e) {
      if (isInputError(e)) throw e;
      console.error(`juesuan: 分析上传的文件 ${printable(name)} 时出错：`, e);
      throw new ApiError('unprocessable-file', `文件 ${name} 无法处理：内容可能已损坏，或格式与文件类型不符。`);
    }
  };
  const deps: ApiDeps = {
    repo,
    analyser,
    reauditor: options.reauditor ?? createReauditor(repo, analyser),
    ingester:
      options.ingester ??
      directIngester(repo, {
        get rulesVersion() {
          return analyser.rulesVersion;
        },
        analyse: analyseUpload,
      }),
    jobs: options.jobs,
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    driver: options.driver,
    // Re-reading an original for the source viewer runs where the analyser runs (off the main thread when threaded).
    layouts: readLayout ? new LayoutCache(8, readLayout) : new LayoutCache(),
    pages: new PageRenderer(),
  };

  const app = createApi();

  app.onError((err, c) => {
    const fault = fromStoreFault(err);
    if (fault) {
      // One line: the cause is outside the request, and a full disk would otherwise fill the log with stacks.
      console.error(`juesuan: ${c.req.method} ${printable(c.req.path)}: ${fault.code}: ${err.message}`);
      if (fault.code === 'database-unavailable') c.header('Retry-After', '5');
      return c.json(errorBody(fault.code, fault.message), fault.status);
    }
    const { status, body, internal } = errorResponse(err);
    // One entry: the request and the error's own stack, never the properties a driver hangs on it (the SQL text).
    if (internal) console.error(`juesuan: 500 ${c.req.method} ${printable(c.req.path)}:`, err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err));
    return c.json(body, status);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') || !webRoot ? c.json(errorBody('not-found', `没有这个接口：${c.req.method} ${c.req.path}`), 404) : notFoundPage(c),
  );

  app.use('*', securityHeaders);
  // JSON and CSV shrink about tenfold; a slow network is the portal's common case. Already-encoded bodies pass.
  app.use('/api/*', compress());
  app.use('/api/*', readOnlyCors);
  app.use('/api/*', rejectControlCharacters);
  app.use('/api/*', sameOriginWrites);
  app.use('/api/*', async (c, next) => {
    if (!tokenHash || READ_METHODS.has(c.req.method)) return next();
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(hashToken(given), tokenHash)) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError('unauthorized', '写入需要有效的访问令牌：请在请求头中加入 Authorization: Bearer <令牌>。');
    }
    return next();
  });

  registerServiceRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerDisclosureRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerSourceRoutes(app, deps);
  registerAggregateRoutes(app, deps);
  registerSearchRoutes(app, deps);
  registerFigureRoutes(app, deps);
  registerDepartmentRoutes(app, deps);
  registerDashboardRoutes(app, deps);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: '访问令牌（服务器设置了 JUESUAN_TOKEN 时，写入需要）' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '决算通 API',
      version: '2',
      description: [
        '部门决算公开文件的上传、抽取、审核结果、查询、汇总与下载。读取接口公开，任何网站都可以读取（CORS）；写入只接受决算通自己页面发出的请求，',
        '服务器设置了访问令牌（JUESUAN_TOKEN）时还需要 `Authorization: Bearer <令牌>`。',
        '错误一律为 `{ "error": { "code", "message" } }`，message 为中文。错误代码与 HTTP 状态：',
        Object.entries(ERROR_CODES)
          .map(([code, e]) => `${code} ${e.http}（${e.means}）`)
          .join('；'),
        '。金额一律为精确的十进制字符串。同一部门、年度和类型的多份文件是同一决算的不同版本，汇总、对比和总览只计当前版本。',
      ].join(''),
    },
    servers: [{ url: '/' }],
  });

  if (webRoot && existsSync(webRoot)) app.route('/', portalStatic(webRoot));

  return app;
}
