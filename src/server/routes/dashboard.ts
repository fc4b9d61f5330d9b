// The reviewer's dashboard.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { dashboard, DashboardSchema } from '../portal-dashboard.js';
import { errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { bool, text } from './fields.js';

const DashboardQuery = z.object({
  region: text('应为地区名称').optional(),
  errorsOnly: bool('应为 true 或 false').optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('应为从 1 开始的页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('应为 1–200 的整数'),
});

export function registerDashboardRoutes(app: ApiApp, { repo }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/dashboard',
      tags: ['门户'],
      summary: '审核总览：部门 × 年度，每格该年决算的错误和警告数；错误多的部门在前（只计当前版本）',
      request: { query: DashboardQuery },
      responses: { 200: json(DashboardSchema), ...errors('bad-query') },
    }),
    async (c) => c.json(await dashboard(repo, c.req.valid('query')), 200),
  );
}
