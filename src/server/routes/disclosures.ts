// Disclosures: list and filter, upload (read → extract → audit → store), one disclosure whole, delete, the
// original file, and the portal's two views of one disclosure (its findings; its tables rebuilt from the facts).
import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { TableReadingSchema } from '../../model/reading.js';
import { DisclosureSummarySchema, ImportResultSchema, ReviewedFindingSchema, type DisclosureDetail } from '../../store/repository.js';
import { recheckAround } from '../../pipeline/cross-document.js';
import { withoutControlCharacters } from '../control-characters.js';
import { ApiError, disclosureNotFound } from '../errors.js';
import { RebuiltTableSchema, rebuildTables } from '../portal-tables.js';
import { findingUnit, shownFigures } from '../wording.js';
import { MalformedMultipartError, readUploadParts, type UploadedParts } from '../upload-body.js';
import { attachment } from './attachment.js';
import { bearer, DisclosureIdParams, DisclosurePartsSchema, download, errors, json, WRITE_ERRORS, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { FilterQuery, filterOf, PagingQuery } from './fields.js';

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes % 1048576 ? 1 : 0)} MB`;

/**
 * The name an upload is stored and shown under: the whole name as sent ("2024/部门决算.pdf" stays so; it is a label,
 * never a path on this machine), without control characters, at most 200 characters.
 */
function uploadName(raw: string): string {
  return withoutControlCharacters(raw).trim().slice(0, 200) || 'upload';
}

/** The whole disclosure as the API gives it: its summary, and the Disclosure's parts with the audit. */
export const DisclosureDetailSchema = DisclosureSummarySchema.omit({ tables: true })
  .extend(DisclosurePartsSchema.shape)
  .extend({ departmentMentions: z.array(z.object({ name: z.string(), quote: z.string(), source: z.unknown() })).optional() })
  .meta({ id: 'DisclosureDetail', description: '一份决算的全部内容：概要、文件信息、标准表、数字、审核发现、情况说明、陈述与绩效' });

/** `tables` are the tables found (their ids are in `document.tables`); the Disclosure's other parts sit beside them. */
export function detailJson(d: DisclosureDetail) {
  const { tableInfo, other, tables: _ids, ...rest } = d;
  return { ...rest, ...other, tables: tableInfo };
}

/** A finding as the portal shows it: its key and mark, and its figures with units for people to read. */
const FindingViewSchema = ReviewedFindingSchema.extend({
  unit: z.string().nullable().describe('应为、实为等数字的单位（数字本身不带单位时）'),
  shown: z
    .object({ expected: z.string().optional(), actual: z.string().optional(), difference: z.string().optional(), tolerance: z.string().optional() })
    .describe('带单位、千分位的应为、实为、差额和允许误差，供显示'),
});

const FindingsViewSchema = DisclosureSummarySchema.extend({
  document: DisclosurePartsSchema.shape.document,
  findings: z.array(FindingViewSchema).describe('审核发现，每条带键、审核人的标注和带单位的数字'),
  summary: DisclosurePartsSchema.shape.summary,
  tableInfo: z.array(z.object({ id: z.string(), title: z.string(), unit: z.string().nullable(), empty: z.boolean(), reading: TableReadingSchema })).describe('找到的标准表及其读取状态'),
  versions: z.array(DisclosureSummarySchema).describe('同一部门、年度和类型的全部版本，按上传先后'),
});

const TablesViewSchema = z.object({
  id: z.number().int(),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  unit: z.string().nullable(),
  tables: z.array(RebuiltTableSchema),
  marks: z
    .array(z.object({ table: z.string(), row: z.string().nullable(), column: z.string().nullable(), severity: z.string(), message: z.string() }))
    .describe('审核发现所指的格子'),
});

export function registerDisclosureRoutes(app: ApiApp, deps: ApiDeps): void {
  const { repo, ingester, maxUploadBytes } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures',
      tags: ['决算'],
      summary: '决算列表（可筛选、分页）',
      request: { query: FilterQuery.extend(PagingQuery.shape) },
      responses: {
        200: json(z.object({ items: z.array(DisclosureSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })),
        ...errors('bad-query'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { items, total } = await repo.list(filterOf(q), { page: q.page, pageSize: q.pageSize });
      return c.json({ items, total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  const tooLarge = () => new ApiError('file-too-large', `文件过大：上传上限为 ${mib(maxUploadBytes)}。`);
  const UploadResultSchema = ImportResultSchema.extend({ disclosure: DisclosureSummarySchema.optional() });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/disclosures',
      tags: ['决算'],
      summary: '上传一份决算公开文件：读取、抽取、审核并保存',
      description: `同一文件再次上传不会重复保存（返回 200 和原编号）。同一部门、年度和类型的另一份文件保存为新版本，旧版本被标为已取代（superseded）；但若两份文件各含同一公开的不同部分（如表格与情况说明分两个文件发布），后上传的并入已有的那份公开一并审核（joined 为 true，返回该公开的编号）。上传上限 ${mib(maxUploadBytes)}。每次一个文件（字段 file）：含多个文件的请求整体拒绝（too-many-files），不会只导入其中一个。文件名原样保存和显示（含“/”也不截断），只作名称，从不用作本机路径。服务器使用 PostgreSQL（DATABASE_URL）时，文件经分析队列处理，分析完成后才回答（进度见 GET /api/jobs）。数据库暂时无法连接时回答 503（带 Retry-After），磁盘已满时回答 507，这两种情况都没有保存。`,
      security: bearer,
      middleware: [
        bodyLimit({
          maxSize: maxUploadBytes + 64 * 1024,
          onError: () => {
            throw tooLarge();
          },
        }),
      ] as const,
      request: {
        body: {
          required: true,
          // Described here and read by the handler itself, which gives each problem its own code and message.
          content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: '决算公开文件（PDF、DOCX、XLSX、XLS、HTML、TXT）' } }, required: ['file'] } } },
        },
      },
      responses: {
        200: json(UploadResultSchema, '同样的文件已在库中'),
        201: json(UploadResultSchema, '已保存'),
        ...errors('not-multipart', 'bad-multipart', 'missing-file', 'too-many-files', 'empty-file', 'unreadable-file', 'file-too-large', 'over-limit', 'unsupported-format', 'not-a-disclosure', 'truncated-document', 'unprocessable-file', 'database-unavailable', 'disk-full', ...WRITE_ERRORS),
      },
    }),
    async (c) => {
      if (!/^multipart\/form-data/i.test(c.req.header('Content-Type') ?? '')) {
        throw new ApiError('not-multipart', '请以 multipart/form-data 上传，文件放在字段 file 中。');
      }
      let parts: UploadedParts;
      try {
        parts = await readUploadParts(c.req.raw, 'file', maxUploadBytes);
      } catch (e) {
        if (e instanceof MalformedMultipartError) throw new ApiError('bad-multipart', '上传的内容无法解析（multipart 格式有误）。');
        throw e;
      }
      // One file per upload: several in one request are refused whole, never one of them kept silently.
      if (parts.names.length > 1) {
        const names = parts.names.map(uploadName);
        throw new ApiError('too-many-files', `一次只能上传一个文件，这次收到 ${names.length} 个（${names.join('、')}），都没有导入；请逐个上传，或用“批量导入”页面。`);
      }
      if (!parts.first) throw new ApiError('missing-file', '没有收到文件：请把文件放在字段 file 中上传。');
      if (parts.first.tooLarge) throw tooLarge();
      const name = uploadName(parts.first.name);
      const { bytes } = parts.first;
      const result = await ingester.ingest({ name, bytes });
      const disclosure = await repo.summary(result.id);
      if (result.created) c.header('Location', `/api/disclosures/${result.id}`);
      return c.json({ ...result, ...(disclosure ? { disclosure } : {}) }, result.created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}',
      tags: ['决算'],
      summary: '一份决算的全部内容',
      request: { params: DisclosureIdParams },
      responses: { 200: json(DisclosureDetailSchema), ...errors('bad-id', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const detail = await repo.get(id);
      if (!detail) throw disclosureNotFound(id);
      return c.json(detailJson(detail) as z.infer<typeof DisclosureDetailSchema>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/disclosures/{id}',
      tags: ['决算'],
      summary: '删除一份决算及其原文件（同一部门、年度的上一版本重新成为当前版本）',
      security: bearer,
      request: { params: DisclosureIdParams },
      responses: { 204: { description: '已删除' }, ...errors('bad-id', 'not-found', ...WRITE_ERRORS) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const place = await repo.placeOf(id);
      if (!(await repo.delete(id))) throw disclosureNotFound(id);
      // The department's documents that compared with it, and an older version current again, are checked anew.
      await recheckAround(repo, place);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}/file',
      tags: ['决算'],
      summary: '原文件（逐字节不变）',
      request: {
        params: DisclosureIdParams,
        query: z.object({ file: z.string().min(1).max(1000).optional().describe('分多个文件发布的公开中要下载的文件名（缺省为第一个文件）') }),
      },
      responses: { 200: download('application/octet-stream', '原文件'), ...errors('bad-id', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const name = c.req.valid('query').file;
      const file = await repo.file(id, name);
      if (!file) throw name === undefined || !(await repo.summary(id)) ? disclosureNotFound(id) : new ApiError('not-found', `编号为 ${id} 的公开没有名为「${name}」的文件。`);
      const ext = /\.[A-Za-z0-9]{1,8}$/.exec(file.name)?.[0] ?? '';
      return c.body(file.bytes.slice().buffer, 200, {
        'Content-Type': file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType,
        'Content-Disposition': attachment(file.name, `juesuan-${id}${ext}`),
        'Content-Security-Policy': "sandbox; default-src 'none'",
        ETag: `"${file.sha256}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}/findings',
      tags: ['门户'],
      summary: '一份决算的审核发现（不含数字），以及它的各个版本',
      request: { params: DisclosureIdParams },
      responses: { 200: json(FindingsViewSchema), ...errors('bad-id', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const d = await repo.get(id);
      if (!d) throw disclosureNotFound(id);
      const { facts: _facts, sections: _sections, claims: _claims, performance: _performance, other: _other, tableInfo, findings: _findings, ...rest } = d;
      const [reviewed, versions] = await Promise.all([repo.reviewedFindings(d), repo.versions(id)]);
      const tableUnits = new Map(tableInfo.map((t) => [t.id, t.unit] as const));
      const findings = reviewed.map((f) => {
        const unit = findingUnit(f, tableUnits, d.unit);
        return { ...f, unit, shown: shownFigures(f, unit) };
      });
      return c.json({ ...rest, findings, tableInfo: tableInfo.map((t) => ({ id: t.id, title: t.title, unit: t.unit ?? null, empty: t.reading.status === 'empty', reading: t.reading })), versions }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}/tables',
      tags: ['门户'],
      summary: '由数字重建的标准表，每格带出处；审核发现所指的格子',
      request: { params: DisclosureIdParams },
      responses: { 200: json(TablesViewSchema), ...errors('bad-id', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const d = await repo.get(id);
      if (!d) throw disclosureNotFound(id);
      const marks = d.findings.flatMap((f) =>
        'table' in f.location ? [{ table: f.location.table, row: f.location.row ?? null, column: f.location.column ?? null, severity: f.severity, message: f.message }] : [],
      );
      return c.json({ id, department: d.department, year: d.year, unit: d.unit, tables: rebuildTables(d.tableInfo, d.facts), marks }, 200);
    },
  );
}
