// Exact sums of facts, grouped; and disclosures side by side.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AggregateRowSchema, CompareRowSchema, DisclosureSummarySchema, GROUP_KEYS, GroupKeySchema } from '../../store/repository.js';
import { disclosureNotFound } from '../errors.js';
import { errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { FilterQuery, filterOf, SelectorQuery, selectorOf } from './fields.js';

const AggregateQuery = FilterQuery.extend(SelectorQuery.shape).extend({
  groupBy: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(GroupKeySchema).max(GROUP_KEYS.length))
    .describe(`应为逗号分隔的 ${GROUP_KEYS.join('、')}`),
});

const CompareQuery = SelectorQuery.extend({
  ids: z
    .string()
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
    .pipe(z.array(z.string().regex(/^[1-9]\d{0,8}$/).transform(Number)).min(1).max(20))
    .describe('应为逗号分隔的 1–20 个决算编号'),
});

export function registerAggregateRoutes(app: ApiApp, { repo }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/aggregates',
      tags: ['汇总'],
      summary: '按部门、地区、年度、类型、表、行、栏分组的精确合计（只计当前版本，除非 versions=all）',
      request: { query: AggregateQuery },
      responses: { 200: json(z.object({ groupBy: z.array(GroupKeySchema), groups: z.array(AggregateRowSchema) })), ...errors('bad-query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const groups = await repo.aggregate({ groupBy: q.groupBy, filter: filterOf(q), ...selectorOf(q) });
      return c.json({ groupBy: q.groupBy, groups }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/compare',
      tags: ['汇总'],
      summary: '几份决算的数字逐项并列',
      request: { query: CompareQuery },
      responses: { 200: json(z.object({ disclosures: z.array(DisclosureSummarySchema), rows: z.array(CompareRowSchema) })), ...errors('bad-query', 'not-found') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const disclosures = await Promise.all(q.ids.map((id) => repo.summary(id)));
      const missing = q.ids.find((_, i) => !disclosures[i]);
      if (missing !== undefined) throw disclosureNotFound(missing);
      const rows = await repo.compare(q.ids, selectorOf(q));
      return c.json({ disclosures: disclosures.filter((d) => d !== undefined), rows }, 200);
    },
  );
}
