// The reviewer's dashboard.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { csvLine, withBom } from '../csv.js';
import { dashboard, dashboardRows, DashboardSchema } from '../portal-dashboard.js';
import { AUDIT_STATUS_LABEL } from '../wording.js';
import { attachment } from './attachment.js';
import { download, errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { bool, text } from './fields.js';

const DashboardQuery = z.object({
  region: text('应为地区名称').optional(),
  errorsOnly: bool('应为 true 或 false').optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('应为从 1 开始的页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('应为 1–200 的整数'),
});

const CSV_HEADER = ['部门', '地区', '年度', '类型', '审核结果', '错误', '警告', '提示', '未能全部读取的表', '缺少的表', '决算编号'];

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

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/dashboard.csv',
      tags: ['下载'],
      summary: '审核总览（CSV）：筛选范围内每份当前版本决算一行，含审核结果，错误、警告、提示数，未能全部读取的表和缺少的表',
      request: { query: DashboardQuery.omit({ page: true, pageSize: true }) },
      responses: { 200: download('text/csv', '审核总览'), ...errors('bad-query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await dashboardRows(repo, q);
      const lines = rows.map((r) => csvLine([r.department, r.region, r.year, r.kind, AUDIT_STATUS_LABEL[r.status], r.errors, r.warnings, r.infos, r.incompleteTables.join(' '), r.missingTables.join(' '), r.id]));
      return c.body(withBom(csvLine(CSV_HEADER) + lines.join('')), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachment(`审核总览${q.region ? `-${q.region}` : ''}.csv`, 'juesuan-dashboard.csv'),
      });
    },
  );
}
