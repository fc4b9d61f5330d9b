// The HTTP API (Hono): upload, list, detail, aggregates, search, exports and the OpenAPI description; the web
// portal's static files at /. Reads are public; writes need `Authorization: Bearer <token>` when a token is set.
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../model/disclosure.js';
import { TABLE_IDS } from '../model/table-id.js';
import { GROUP_KEYS, sha256Hex, type DisclosureDetail, type GroupKey, type ImportResult, type ListFilter, type ReauditReport, type Repository } from '../store/repository.js';
import type { Analyser } from './analyser.js';
import { ApiError, errorBody, fromInputError, isInputError } from './errors.js';
import { dataPackage, disclosureXlsx, factCsvLine, factsCsv, factsCsvHeader, findingsCsv } from './exports.js';
import { OPENAPI } from './openapi.js';
import { registerPortalRoutes } from './portal-routes.js';
import { portalStatic } from './portal-static.js';
import { LayoutCache } from './source-view-layouts.js';
import { registerSourceViewRoutes } from './source-view-routes.js';

export interface AppOptions {
  repo: Repository;
  analyser: Analyser;
  /** When set, POST/DELETE under /api need `Authorization: Bearer <token>`. */
  token?: string | undefined;
  /** Largest accepted upload in bytes (default 50 MiB). */
  maxUploadBytes?: number | undefined;
  /** Directory of the portal's static files (default: web/ of the package); false for none. */
  webRoot?: string | false | undefined;
  /** Shown by /api/health. */
  driver?: string | undefined;
  /** Shared with whoever else re-audits (the server's start-up); made from repo and analyser when absent. */
  reauditor?: Reauditor | undefined;
}

/** Re-audit, one run at a time: a call while a run is under way joins that run. */
export interface Reauditor {
  run(force?: boolean, onProgress?: (done: number, total: number) => void): Promise<ReauditReport & { rulesVersion: string }>;
  /** Stops a run after the document under way and waits for it; later runs are refused (shutting down). */
  stop(): Promise<void>;
}

export function createReauditor(repo: Repository, analyser: Analyser): Reauditor {
  let running: Promise<ReauditReport & { rulesVersion: string }> | undefined;
  const controller = new AbortController();
  return {
    run(force = false, onProgress) {
      running ??= repo
        .reaudit(analyser.rulesVersion, (name, bytes) => analyser.analyse(name, bytes), { force, signal: controller.signal, ...(onProgress ? { onProgress } : {}) })
        .then((report) => ({ rulesVersion: analyser.rulesVersion, ...report }))
        .finally(() => (running = undefined));
      return running;
    },
    async stop() {
      controller.abort();
      await running?.catch(() => {});
    },
  };
}

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const WEB_ROOT = resolve(import.meta.dirname, '../../web');
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes % 1048576 ? 1 : 0)} MB`;

/** A Content-Disposition that keeps a Chinese file name (RFC 6266 filename*) with an ASCII fallback. */
function attachment(name: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The name an upload is stored under: its last path part, without control characters, at most 200 characters. */
function uploadName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const name = (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return name || 'upload';
}

const FIELD_HINTS: Record<string, string> = {
  year: '应为年份，如 2024',
  kind: `应为 ${DOCUMENT_KINDS.join('、')} 之一`,
  hasErrors: '应为 true 或 false',
  page: '应为从 1 开始的页码',
  pageSize: '应为 1–200 的整数',
  table: '应为决算表 T01–T10 或预算表 B01–B13',
  groupBy: `应为逗号分隔的 ${GROUP_KEYS.join('、')}`,
  ids: '应为逗号分隔的 1–20 个决算编号',
  q: '应为 1–200 个字符的搜索词',
  limit: '应为 1–100 的整数',
  force: '应为 true 或 false',
};

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const text = z.string().trim().min(1).max(200);

const FilterQuery = z.object({
  region: text.optional(),
  department: text.optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  hasErrors: bool.optional(),
});
const SelectorQuery = z.object({ table: z.enum(TABLE_IDS).optional(), row: text.optional(), column: text.optional() });
const ListQuery = FilterQuery.extend({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
const AggregateQuery = FilterQuery.extend(SelectorQuery.shape).extend({
  groupBy: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.enum(GROUP_KEYS)).max(GROUP_KEYS.length)),
});
const CompareQuery = SelectorQuery.extend({
  ids: z
    .string()
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
    .pipe(z.array(z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)).min(1).max(20)),
});
const SearchQuery = z.object({ q: text, limit: z.coerce.number().int().min(1).max(100).default(20) });
const ReauditQuery = z.object({ force: bool.optional() });
const DepartmentsQuery = z.object({ region: text.optional() });

function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const given = field ? c.req.query(field) : undefined;
  const what = given === undefined ? `缺少查询参数「${field}」` : `查询参数「${field}」的值「${given}」无效`;
  throw new ApiError(400, 'bad-query', `${what}${FIELD_HINTS[field] ? `：${FIELD_HINTS[field]}` : ''}。`);
}

function parseId(c: Context): number {
  const raw = c.req.param('id') ?? '';
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw new ApiError(400, 'bad-id', `决算编号「${raw}」无效：应为正整数。`);
  return Number(raw);
}

const notFound = (id: number) => new ApiError(404, 'not-found', `没有编号为 ${id} 的决算。`);

const filterOf = (q: z.infer<typeof FilterQuery>): ListFilter => ({ region: q.region, department: q.department, year: q.year, kind: q.kind, hasErrors: q.hasErrors });

/**
 * The detail as the API shows it: `tables` are the tables found (the ids are in `document.tables`), and the
 * Disclosure's other parts (departmentMentions …) sit beside sections, claims and performance.
 */
function detailJson(d: DisclosureDetail) {
  const { tableInfo, other, ...rest } = d;
  return { ...rest, ...other, tables: tableInfo };
}

export function createApp(options: AppOptions): Hono {
  const { repo, analyser } = options;
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const tokenHash = options.token ? hashToken(options.token) : undefined;
  const webRoot = options.webRoot === undefined ? WEB_ROOT : options.webRoot;
  /** Uploads being analysed, by SHA-256: a second upload of the same bytes waits for the first. */
  const inflight = new Map<string, Promise<ImportResult>>();
  const reauditor = options.reauditor ?? createReauditor(repo, analyser);

  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
    if (isInputError(err)) {
      const e = fromInputError(err);
      return c.json(errorBody(e.code, e.message), e.status);
    }
    console.error(err);
    return c.json(errorBody('internal', '服务器内部错误，请稍后再试。'), 500);
  });
  app.notFound((c) =>
    c.json(errorBody('not-found', c.req.path.startsWith('/api/') ? `没有这个接口：${c.req.method} ${c.req.path}` : `没有这个页面：${c.req.path}`), 404),
  );

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  // JSON and CSV shrink about tenfold; a slow network is the portal's common case. Already-encoded bodies pass.
  app.use('/api/*', compress());
  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type'] }));
  app.use('/api/*', async (c, next) => {
    if (!tokenHash || READ_METHODS.has(c.req.method)) return next();
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(hashToken(given), tokenHash)) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError(401, 'unauthorized', '写入需要有效的访问令牌：请在请求头中加入 Authorization: Bearer <令牌>。');
    }
    return next();
  });

  app.get('/api/health', async (c) => {
    const [stats, stale] = await Promise.all([repo.stats(), repo.staleCount(analyser.rulesVersion)]);
    return c.json({ status: 'ok', driver: options.driver ?? null, rulesVersion: analyser.rulesVersion, staleDisclosures: stale, ...stats });
  });

  app.get('/api/openapi.json', (c) => c.json(OPENAPI));

  app.get('/api/disclosures', async (c) => {
    const q = parseQuery(c, ListQuery);
    const { items, total } = await repo.list(filterOf(q), { page: q.page, pageSize: q.pageSize });
    return c.json({ items, total, page: q.page, pageSize: q.pageSize });
  });

  const tooLarge = () => new ApiError(413, 'file-too-large', `文件过大：上传上限为 ${mib(maxUpload)}。`);

  /**
   * The pipeline on an upload. A reader that fails on a corrupt file without saying why (not an InputError) is
   * still the file's problem to the user: 422, while the stack goes to the log for us.
   */
  async function analyseUpload(name: string, bytes: Uint8Array) {
    try {
      return await analyser.analyse(name, bytes);
    } catch (e) {
      if (isInputError(e)) throw e;
      console.error(`juesuan: 分析上传的文件 ${name} 时出错：`, e);
      throw new ApiError(422, 'unprocessable-file', `文件 ${name} 无法处理：内容可能已损坏，或格式与文件类型不符。`);
    }
  }

  async function importOnce(name: string, bytes: Uint8Array): Promise<ImportResult> {
    const sha256 = sha256Hex(bytes);
    const existing = await repo.idBySha256(sha256);
    if (existing !== undefined) return { id: existing, sha256, created: false };
    const running = inflight.get(sha256);
    if (running) return { ...(await running), created: false };
    const work = (async () => repo.importAnalysis({ name, bytes }, await analyseUpload(name, bytes), analyser.rulesVersion))();
    inflight.set(sha256, work);
    try {
      return await work;
    } finally {
      inflight.delete(sha256);
    }
  }

  app.post(
    '/api/disclosures',
    bodyLimit({
      maxSize: maxUpload + 64 * 1024,
      onError: () => {
        throw tooLarge();
      },
    }),
    async (c) => {
      if (!/^multipart\/form-data/i.test(c.req.header('Content-Type') ?? '')) {
        throw new ApiError(400, 'not-multipart', '请以 multipart/form-data 上传，文件放在字段 file 中。');
      }
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody();
      } catch {
        throw new ApiError(400, 'bad-multipart', '上传的内容无法解析（multipart 格式有误）。');
      }
      const file = body.file;
      if (!(file instanceof File)) throw new ApiError(400, 'missing-file', '没有收到文件：请把文件放在字段 file 中上传。');
      if (file.size > maxUpload) throw tooLarge();
      const name = uploadName(file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await importOnce(name, bytes);
      const disclosure = await repo.summary(result.id);
      if (result.created) c.header('Location', `/api/disclosures/${result.id}`);
      return c.json({ ...result, disclosure }, result.created ? 201 : 200);
    },
  );

  app.get('/api/disclosures/:id', async (c) => {
    const id = parseId(c);
    const detail = await repo.get(id);
    if (!detail) throw notFound(id);
    return c.json(detailJson(detail));
  });

  app.delete('/api/disclosures/:id', async (c) => {
    const id = parseId(c);
    if (!(await repo.delete(id))) throw notFound(id);
    return c.body(null, 204);
  });

  app.get('/api/disclosures/:id/file', async (c) => {
    const id = parseId(c);
    const file = await repo.file(id);
    if (!file) throw notFound(id);
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(file.name)?.[0] ?? '';
    return c.body(file.bytes.slice().buffer, 200, {
      'Content-Type': file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType,
      'Content-Disposition': attachment(file.name, `juesuan-${id}${ext}`),
      'Content-Security-Policy': "sandbox; default-src 'none'",
      ETag: `"${file.sha256}"`,
    });
  });

  async function detailOr404(c: Context): Promise<DisclosureDetail> {
    const id = parseId(c);
    const detail = await repo.get(id);
    if (!detail) throw notFound(id);
    return detail;
  }
  const baseName = (d: DisclosureDetail) => [d.department ?? '未知部门', d.year ? `${d.year}年` : '', d.kind].join('');

  app.get('/api/disclosures/:id/facts.csv', async (c) => {
    const d = await detailOr404(c);
    return c.body(factsCsv(d), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(`${baseName(d)}-数字.csv`, `juesuan-${d.id}-facts.csv`) });
  });

  app.get('/api/disclosures/:id/findings.csv', async (c) => {
    const d = await detailOr404(c);
    return c.body(findingsCsv(d), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(`${baseName(d)}-审核发现.csv`, `juesuan-${d.id}-findings.csv`),
    });
  });

  app.get('/api/disclosures/:id/export.xlsx', async (c) => {
    const d = await detailOr404(c);
    const bytes = await disclosureXlsx(d);
    return c.body(bytes.slice().buffer, 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`${baseName(d)}.xlsx`, `juesuan-${d.id}.xlsx`) });
  });

  app.get('/api/disclosures/:id/export.json', async (c) => {
    const d = await detailOr404(c);
    return c.body(`${JSON.stringify(detailJson(d), null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachment(`${baseName(d)}.json`, `juesuan-${d.id}.json`),
    });
  });

  app.get('/api/disclosures/:id/datapackage.json', async (c) => {
    const d = await detailOr404(c);
    return c.json(
      dataPackage({
        name: `juesuan-disclosure-${d.id}`,
        title: baseName(d),
        description: `${d.region ? `${d.region} ` : ''}${baseName(d)}公开表格中的全部数字（决算通抽取，规则版本 ${d.rulesVersion}）。`,
        path: 'facts.csv',
        years: d.year ? [d.year] : [],
      }),
    );
  });

  app.get('/api/facts.csv', (c) => {
    const q = parseQuery(c, FilterQuery.extend(SelectorQuery.shape));
    const pages = repo.factRows(filterOf(q), { table: q.table, row: q.row, column: q.column });
    const encoder = new TextEncoder();
    let headerSent = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(factsCsvHeader()));
          return;
        }
        try {
          const { value, done } = await pages.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value.map(factCsvLine).join('')));
        } catch (e) {
          controller.error(e);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    });
    return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment('决算数字.csv', 'juesuan-facts.csv') });
  });

  app.get('/api/datapackage.json', async (c) => {
    const q = parseQuery(c, FilterQuery.extend(SelectorQuery.shape));
    const years = await repo.aggregate({ groupBy: ['year'], filter: filterOf(q), table: q.table, row: q.row, column: q.column });
    const url = new URL(c.req.url);
    const data = new URL(`/api/facts.csv${url.search}`, url);
    return c.json(
      dataPackage({
        name: 'juesuan-facts',
        title: '部门决算公开数字（决算通）',
        description: '筛选出的部门决算公开表格中的全部数字（决算通抽取）。',
        path: data.toString(),
        years: years.flatMap((r) => (typeof r.key.year === 'number' ? [r.key.year] : [])),
      }),
    );
  });

  app.get('/api/aggregates', async (c) => {
    const q = parseQuery(c, AggregateQuery);
    const groupBy: GroupKey[] = q.groupBy;
    const groups = await repo.aggregate({ groupBy, filter: filterOf(q), table: q.table, row: q.row, column: q.column });
    return c.json({ groupBy, groups });
  });

  app.get('/api/compare', async (c) => {
    const q = parseQuery(c, CompareQuery);
    const disclosures = await Promise.all(q.ids.map((id) => repo.summary(id)));
    const missing = q.ids.find((_, i) => !disclosures[i]);
    if (missing !== undefined) throw notFound(missing);
    const rows = await repo.compare(q.ids, { table: q.table, row: q.row, column: q.column });
    return c.json({ disclosures, rows });
  });

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, SearchQuery);
    return c.json({ query: q.q, ...(await repo.search(q.q, q.limit)) });
  });

  app.get('/api/departments', async (c) => {
    const q = parseQuery(c, DepartmentsQuery);
    return c.json({ items: await repo.departments({ region: q.region }) });
  });

  app.post('/api/reaudit', async (c) => {
    const q = parseQuery(c, ReauditQuery);
    return c.json(await reauditor.run(q.force ?? false));
  });

  // The portal's own API (findings, rebuilt tables, dashboard, a department's years, source views, page images).
  registerPortalRoutes(app, repo);
  // Re-reading an original for the source viewer runs where the analyser runs (off the main thread when threaded).
  const readLayout = analyser.readLayout?.bind(analyser);
  registerSourceViewRoutes(app, { repo, ...(readLayout ? { layouts: new LayoutCache(8, readLayout) } : {}) });

  if (webRoot && existsSync(webRoot)) app.route('/', portalStatic(webRoot));

  return app;
}
