// Figures you can find and compare: amounts by 科目 code or name (each with its cell), and departments ranked by a
// key figure or a 科目, per region and year. Only current versions count.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { DocumentKindSchema } from '../../model/disclosure.js';
import { TableIdSchema } from '../../model/table-id.js';
import { FIGURE_COUNT_CAP, findFigures, FoundFigureSchema, KEY_FIGURES, rankings, RankedSchema, STAFF_FIGURES, type FoundFigure, type Ranked, type RankingMeasure } from '../../store/figures.js';
import type { KeyFigureKey, StaffFigureKey } from '../../store/key-figures.js';
import { csvLine, withBom } from '../csv.js';
import { ApiError } from '../errors.js';
import { figureQuery } from '../figure-query.js';
import { rowLabel } from '../row-names.js';
import { sourcesText, tableName } from '../wording.js';
import { attachment } from './attachment.js';
import { download, errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { text, year } from './fields.js';

const PlaceQuery = z.object({
  year: year.optional(),
  region: text('地区名称或其一部分').optional(),
  kind: DocumentKindSchema.optional().describe('文件类型，如 部门决算'),
});

const FigureQuery = PlaceQuery.extend({
  q: text('应为科目编码（如 2101501）或科目名称（如 行政运行、公务接待费）'),
  page: z.coerce.number().int().min(1).max(1000).default(1).describe('应为从 1 开始的页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('应为 1–200 的整数'),
});

const FoundSchema = FoundFigureSchema.extend({ tableName: z.string(), rowName: z.string() });
const FiguresSchema = z.object({
  query: z.string(),
  understood: z.array(z.string()).describe('查询被理解为哪些科目或数字'),
  truncated: z.boolean().describe('匹配的科目太多，只查了前一部分'),
  items: z.array(FoundSchema),
  total: z.number().int(),
  totalExact: z.boolean().describe(`false：匹配多于 ${FIGURE_COUNT_CAP} 个，total 只计到 ${FIGURE_COUNT_CAP}`),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const KEYS = KEY_FIGURES.map((k) => k.key) as [KeyFigureKey, ...KeyFigureKey[]];
const STAFF_KEYS = STAFF_FIGURES.map((k) => k.key) as [StaffFigureKey, ...StaffFigureKey[]];
const RankingQuery = PlaceQuery.extend({
  measure: z
    .enum([...KEYS, 'subject'])
    .default('threePublic')
    .describe(`应为主要数字（${KEY_FIGURES.map((k) => `${k.key} ${k.label}`).join('、')}）或 subject（某个科目，另给 code）`),
  code: z.string().regex(/^\d{3,7}$/).optional().describe('measure=subject 时：科目编码，如 2101501'),
  table: TableIdSchema.default('T03').describe('measure=subject 时：哪张表（默认 T03 支出决算表）'),
  column: text('measure=subject 时：哪一栏（默认 本年支出合计）').default('本年支出合计'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('应为 1–500 的整数'),
  per: z
    .enum(STAFF_KEYS)
    .optional()
    .describe(`按人均排名：${STAFF_FIGURES.map((f) => `${f.key} 按${f.label}`).join('，')}（人数取自部门概况；没有说明人数的部门不参与排名）`),
});
const RankingsSchema = z.object({
  measure: z.string(),
  label: z.string().describe('排的是什么'),
  items: z.array(RankedSchema),
  total: z.number().int().describe('参与排名的决算数'),
  perCapita: z
    .object({
      basis: z.enum(STAFF_KEYS),
      label: z.string().describe('人数口径，如 在职人数'),
      withoutStaff: z.number().int().describe('有此数字但部门概况没有说明人数、因而未参与人均排名的决算数'),
    })
    .nullable()
    .describe('按人均排名时的口径；未按人均排名时为 null'),
});

const found = (f: FoundFigure) => ({ ...f, tableName: tableName(f.table), rowName: rowLabel(f.table, f.row) });

export function registerFigureRoutes(app: ApiApp, { repo }: ApiDeps): void {
  const search = async (q: z.infer<typeof FigureQuery>) => {
    const parsed = figureQuery(q.q);
    const result = await findFigures(repo.db, parsed.target, q, { page: q.page, pageSize: q.pageSize });
    return { query: q.q, understood: parsed.understood, truncated: parsed.truncated, ...result, items: result.items.map(found), page: q.page, pageSize: q.pageSize };
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/figures',
      tags: ['搜索'],
      summary: '按科目编码或名称找数字：各部门、各年度的金额，带科目名称和出处（只计当前版本）',
      request: { query: FigureQuery },
      responses: { 200: json(FiguresSchema), ...errors('bad-query') },
    }),
    async (c) => c.json(await search(c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/figures.csv',
      tags: ['下载'],
      summary: '数字搜索的结果（CSV，至多 200 行一页，用 page 翻页）',
      request: { query: FigureQuery },
      responses: { 200: download('text/csv', '每行一个数字'), ...errors('bad-query') },
    }),
    async (c) => {
      const r = await search(c.req.valid('query'));
      const head = csvLine(['部门', '地区', '年度', '类型', '表', '科目', '栏', '数值', '单位', '金额（元）', '出处', '决算编号']);
      const lines = r.items.map((f) => csvLine([f.department, f.region, f.year, f.kind, f.tableName, f.rowName, f.column, f.value, f.unit, f.yuan, sourcesText([f.source as never]), f.disclosureId]));
      return c.body(withBom(head + lines.join('')), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(`数字搜索-${r.query}.csv`, 'juesuan-figures.csv') });
    },
  );

  const rank = async (q: z.infer<typeof RankingQuery>) => {
    let measure: RankingMeasure;
    let label: string;
    if (q.measure === 'subject') {
      if (!q.code) throw new ApiError('bad-query', '按科目排名时需要查询参数「code」：科目编码，如 2101501。');
      measure = { table: q.table, row: q.code, column: q.column };
      label = `${tableName(q.table)} ${rowLabel(q.table, q.code)} · ${q.column}`;
    } else {
      measure = { key: q.measure };
      label = KEY_FIGURES.find((k) => k.key === q.measure)!.label;
    }
    const { withoutStaff, ...result } = await rankings(repo.db, measure, q, q.limit, q.per);
    const basis = STAFF_FIGURES.find((f) => f.key === q.per);
    return { measure: q.measure, label: basis ? `${label}（人均，按${basis.label}）` : label, ...result, perCapita: basis ? { basis: basis.key, label: basis.label, withoutStaff } : null };
  };
  const rankingRoute = <R extends ReturnType<typeof json> | ReturnType<typeof download>>(path: string, summary: string, ok: R) =>
    createRoute({ method: 'get', path, tags: ['排名'], summary, request: { query: RankingQuery }, responses: { 200: ok, ...errors('bad-query') } });

  app.openapi(rankingRoute('/api/rankings', '部门排名：“三公”经费、机关运行经费或某个科目，按地区、年度（只计当前版本）', json(RankingsSchema)), async (c) => {
    const q = c.req.valid('query');
    return c.json(await rank(q), 200);
  });

  app.openapi(rankingRoute('/api/rankings.csv', '部门排名（CSV）', download('text/csv', '每行一个部门')), async (c) => {
    const q = c.req.valid('query');
    const r = await rank(q);
    const lines = r.items.map((x: Ranked) =>
      csvLine([x.rank, x.department, x.region, x.year, x.value, x.unit, x.yuan, x.origin === 'table' ? '表格' : '情况说明', x.staff?.count, x.perCapitaYuan, x.disclosureId]),
    );
    const staffHead = `${r.perCapita?.label ?? STAFF_FIGURES[0].label}（人）`;
    return c.body(withBom(csvLine(['名次', '部门', '地区', '年度', '数值', '单位', '金额（元）', '取自', staffHead, '人均（元/人）', '决算编号']) + lines.join('')), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(`排名-${r.label}.csv`, 'juesuan-rankings.csv'),
    });
  });
}
