// The service itself: health and limits, the analysis queue's progress, and re-auditing under the current rules.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ReauditReportSchema, StoreStatsSchema } from '../../store/repository.js';
import { bearer, errors, json, WRITE_ERRORS, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { bool } from './fields.js';

const HealthSchema = StoreStatsSchema.extend({
  status: z.literal('ok'),
  driver: z.string().nullable(),
  rulesVersion: z.string(),
  staleDisclosures: z.number().int().describe('按旧规则审核、尚未重新审核的决算数'),
  maxUploadBytes: z.number().int().describe('上传上限（字节）'),
});

const count = (description: string) => z.number().int().describe(description);

/** The analysis queue's progress over all machines' workers (src/queue/job-queue.ts Progress). */
export const JobsProgressSchema = z.object({
  queued: count('排队'),
  active: count('处理中'),
  retrying: count('失败后等待重试'),
  done: count('已完成'),
  failed: count('已搁置（多次失败）'),
  perMinute: z.object({ last1: z.number(), last10: z.number() }).describe('每分钟完成的份数：最近 1 分钟、最近 10 分钟'),
  parked: z.array(z.object({ name: z.string(), sha256: z.string(), error: z.object({ code: z.string(), message: z.string() }), at: z.string() })).describe('最近搁置的文件及原因'),
});
export type JobsProgress = z.infer<typeof JobsProgressSchema>;

const JobsSchema = z.union([
  JobsProgressSchema.extend({ enabled: z.literal(true) }),
  z.object({ enabled: z.literal(false).describe('没有分析队列（未设置 DATABASE_URL）：上传在本服务器直接分析') }),
]);

export function registerServiceRoutes(app: ApiApp, deps: ApiDeps): void {
  const { repo, analyser, reauditor } = deps;
  app.openapi(
    createRoute({ method: 'get', path: '/api/health', tags: ['服务'], summary: '服务状态、规则版本、上传上限和库中数量', responses: { 200: json(HealthSchema) } }),
    async (c) => {
      const [stats, stale] = await Promise.all([repo.stats(), repo.staleCount(analyser.rulesVersion)]);
      return c.json({ status: 'ok' as const, driver: deps.driver ?? null, rulesVersion: analyser.rulesVersion, staleDisclosures: stale, maxUploadBytes: deps.maxUploadBytes, ...stats }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs',
      tags: ['服务'],
      summary: '分析队列的进度（设置 DATABASE_URL 时上传和批量导入经队列处理）',
      responses: { 200: json(JobsSchema), ...errors('database-unavailable') },
    }),
    async (c) => c.json(deps.jobs ? { enabled: true as const, ...(await deps.jobs()) } : { enabled: false as const }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/reaudit',
      tags: ['服务'],
      summary: '按当前规则重新审核按旧规则审核的决算（force=true 时全部）',
      security: bearer,
      request: { query: z.object({ force: bool('应为 true 或 false').optional() }) },
      responses: { 200: json(ReauditReportSchema.extend({ rulesVersion: z.string() })), ...errors('bad-query', ...WRITE_ERRORS) },
    }),
    async (c) => c.json(await reauditor.run(c.req.valid('query').force ?? false), 200),
  );
}
