// Exact sums of facts, grouped; and disclosures side by side.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AggregateRowSchema, CompareRowSchema, DisclosureSummarySchema, GROUP_KEYS, GroupKeySchema } from '../../store/repository.js';
import { tableSpec } from '../../catalog/kinds/index.js';
import { TABLE_IDS, type TableId } from '../../model/table-id.js';
import { figuresOf, FigureSchema } from '../../store/figures.js';
import { disclosureNotFound } from '../errors.js';
import { rowLabel } from '../row-names.js';
import { tableName } from '../wording.js';
import { csvLine, withBom } from '../csv.js';
import { attachment } from './attachment.js';
import { download, errors, json, type ApiApp } from './api.js';
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

const CompareSchema = z.object({
  disclosures: z.array(DisclosureSummarySchema.extend({ figures: z.record(z.string(), FigureSchema).describe('主要数字') })),
  rows: z.array(CompareRowSchema.extend({ tableName: z.string(), rowName: z.string().describe('科目编码和名称，或标准行名') })).describe('按表、表样中的行序（科目按编码）、栏序排列'),
});

/** Rows in reading order: table by table, the template's fixed rows in printed order and codes in code order, columns as printed. */
function orderCompareRows<R extends { table: string; row: string; column: string }>(rows: readonly R[]): R[] {
  const rank = (r: R): [number, number, string, number] => {
    const template = TABLE_IDS.includes(r.table as TableId) ? tableSpec(r.table as TableId) : undefined;
    const fixed = [...(template?.incomeRows ?? []), ...(template?.expenditureRows ?? []), ...(template?.rows ?? [])].map((x) => x.key);
    const columns = [...(template?.columns ?? []), ...(template?.expenditureColumns ?? [])].map((x) => x.key);
    const at = fixed.indexOf(r.row);
    const column = columns.indexOf(r.column);
    // 合计 first, then codes in code order (a 类 before its 款 and 项), then fixed rows as printed.
    const rowRank = r.row === '合计' ? -1 : at >= 0 ? 1000 + at : 0;
    return [TABLE_IDS.indexOf(r.table as TableId), rowRank, rowRank === 0 ? r.row : '', column < 0 ? 999 : column];
  };
  return [...rows].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0) || x[3] - y[3];
  });
}

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
      responses: { 200: json(CompareSchema), ...errors('bad-query', 'not-found') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const disclosures = await Promise.all(q.ids.map((id) => repo.summary(id)));
      const missing = q.ids.find((_, i) => !disclosures[i]);
      if (missing !== undefined) throw disclosureNotFound(missing);
      const [rows, figures] = await Promise.all([repo.compare(q.ids, selectorOf(q)), figuresOf(repo.db, q.ids)]);
      return c.json(
        {
          disclosures: disclosures.filter((d) => d !== undefined).map((d) => ({ ...d, figures: figures.get(d.id)?.current ?? {} })),
          rows: orderCompareRows(rows).map((r) => ({ ...r, tableName: tableName(r.table), rowName: rowLabel(r.table, r.row) })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/compare.csv',
      tags: ['下载'],
      summary: '几份决算的数字逐项并列（CSV）',
      request: { query: CompareQuery },
      responses: { 200: download('text/csv', '每行一个数字，每份决算一栏'), ...errors('bad-query', 'not-found') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const disclosures = await Promise.all(q.ids.map((id) => repo.summary(id)));
      const missing = q.ids.find((_, i) => !disclosures[i]);
      if (missing !== undefined) throw disclosureNotFound(missing);
      const rows = orderCompareRows(await repo.compare(q.ids, selectorOf(q)));
      const names = disclosures.map((d) => `${d!.department ?? '未识别部门'} ${d!.year ?? ''} ${d!.kind}（编号 ${d!.id}）`);
      const head = csvLine(['表', '科目或行', '栏', ...names.flatMap((n) => [n, '单位'])]);
      const lines = rows.map((r) => csvLine([tableName(r.table), rowLabel(r.table, r.row), r.column, ...q.ids.flatMap((id) => [r.values[String(id)]?.value, r.values[String(id)]?.unit])]));
      return c.body(withBom(head + lines.join('')), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment('决算对比.csv', 'juesuan-compare.csv') });
    },
  );
}
