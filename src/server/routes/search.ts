// Search by department, classification code or text.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { SearchResultSchema } from '../../store/repository.js';
import { errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { text } from './fields.js';

const SearchQuery = z.object({
  q: text('应为 1–200 个字符的搜索词'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('应为 1–100 的整数'),
});

export function registerSearchRoutes(app: ApiApp, { repo }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      tags: ['搜索'],
      summary: '按部门或地区名称、科目编码或文字搜索决算（只含当前版本）',
      request: { query: SearchQuery },
      responses: { 200: json(SearchResultSchema.extend({ query: z.string() })), ...errors('bad-query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ query: q.q, ...(await repo.search(q.q, q.limit)) }, 200);
    },
  );
}
