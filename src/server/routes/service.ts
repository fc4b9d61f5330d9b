// The service itself: health and limits, and re-auditing under the current rules.
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
