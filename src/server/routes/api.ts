// The API's one contract: every route is declared with createRoute (request and response schemas from src/model
// and src/store/records.ts), validated by those schemas, and described by the OpenAPI document generated from them.
// This module holds what the route modules share: the app type, the validation-error answer, the error responses
// of the one error table, and common parameters.
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { ClaimSchema } from '../../model/claim.js';
import { DocumentInfoSchema, TableInfoSchema } from '../../model/disclosure.js';
import { ERROR_CODES, ErrorBodySchema, type ErrorCode } from '../../model/error-codes.js';
import { FactSchema } from '../../model/fact.js';
import { AuditSummarySchema, FindingSchema } from '../../model/finding.js';
import { SectionSchema } from '../../model/narrative.js';
import { PerformanceEvaluationSchema } from '../../model/performance.js';
import { logRefusal, printable } from '../control-characters.js';
import { errorBody } from '../errors.js';

export type ApiApp = OpenAPIHono;

/** Which parameter of which route failed, in the user's words: the parameter's own description says what it takes. */
function invalidRequest(app: ApiApp, result: { success: boolean; target: string; error?: z.ZodError }, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const schema = requestSchema(app, c, result.target);
  const hint = field && schema instanceof z.ZodObject ? describedBy((schema.shape as Record<string, z.ZodType>)[field]) : undefined;
  if (result.target === 'param') {
    const raw = c.req.param(field) ?? '';
    return c.json(errorBody('bad-id', `${hint ?? '编号'}「${raw}」无效：应为正整数。`), ERROR_CODES['bad-id'].http);
  }
  if (result.target === 'query') {
    const given = field ? c.req.query(field) : undefined;
    const what = !field ? '查询参数无效' : given === undefined ? `缺少查询参数「${field}」` : `查询参数「${field}」的值「${given}」无效`;
    return c.json(errorBody('bad-query', `${what}${hint ? `：${hint}` : ''}。`), ERROR_CODES['bad-query'].http);
  }
  const where = field ? `字段「${field}」` : '请求内容';
  if (issue?.code === 'custom' && (issue.params as { control?: boolean } | undefined)?.control) {
    logRefusal(c.req.method, c.req.path, `body field "${printable(field)}"`);
    return c.json(errorBody('bad-body', `${where}${issue.message}；请删去后重试。`), ERROR_CODES['bad-body'].http);
  }
  return c.json(errorBody('bad-body', `${where}无效${hint ? `：${hint}` : `（${issue?.message ?? '格式有误'}）`}。`), ERROR_CODES['bad-body'].http);
}

/** A field's description, also when it is given on the schema inside .optional() or .default(). */
function describedBy(schema: z.ZodType | undefined): string | undefined {
  let s: unknown = schema;
  while (s instanceof z.ZodType) {
    if (s.description) return s.description;
    s = s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable ? s.unwrap() : undefined;
  }
  return undefined;
}

/** The request schema (query, param or json) of the route being served, found in the app's OpenAPI registry. */
const routesByPath = new WeakMap<ApiApp, Map<string, RouteConfig>>();
function requestSchema(app: ApiApp, c: Context, target: string): unknown {
  let byPath = routesByPath.get(app);
  if (!byPath) {
    byPath = new Map();
    for (const d of app.openAPIRegistry.definitions) {
      if (d.type === 'route') byPath.set(`${d.route.method.toUpperCase()} ${d.route.path.replace(/\{(\w+)\}/g, ':$1')}`, d.route as RouteConfig);
    }
    routesByPath.set(app, byPath);
  }
  const route = byPath.get(`${c.req.method} ${c.req.routePath}`);
  const request = route?.request as Record<string, unknown> | undefined;
  if (target === 'json') return (request?.body as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']?.schema;
  return request?.[target === 'param' ? 'params' : target];
}

export function createApi(): ApiApp {
  const app: ApiApp = new OpenAPIHono({ defaultHook: (result, c) => invalidRequest(app, result, c) });
  return app;
}

/** Error responses of a route, by the codes it can answer, with the HTTP statuses of the one error table. */
export function errors(...codes: ErrorCode[]): RouteConfig['responses'] {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...codes, 'internal' as const]) {
    const status = ERROR_CODES[code].http;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      { description: list.map((c) => `${c}：${ERROR_CODES[c].means}`).join('；'), content: { 'application/json': { schema: ErrorBodySchema } } },
    ]),
  );
}

/** The errors every write can meet besides its own: no token, or a request from another site. */
export const WRITE_ERRORS: ErrorCode[] = ['unauthorized', 'cross-origin'];

export const json = <S extends z.ZodType>(schema: S, description = '成功') => ({ description, content: { 'application/json': { schema } } });

/** A file to download (CSV, XLSX, ZIP, DOCX, PDF …). */
export const download = (mediaType: string, description: string) => ({ description, content: { [mediaType]: { schema: z.string().meta({ format: 'binary' }) } } });

/** A positive integer id in the path (决算编号, 部门编号, 页码). */
export const idParam = (description: string) => z.coerce.number().int().min(1).max(999_999_999).describe(description);

export const DisclosureIdParams = z.object({ id: idParam('决算编号') });

export const bearer = [{ bearer: [] }];

/** The JSON of a whole disclosure as the API gives it (facts, findings, narrative …); see disclosures.ts. */
export const DisclosurePartsSchema = z.object({
  document: DocumentInfoSchema,
  tables: z.array(TableInfoSchema).describe('找到的标准表及其读取情况'),
  facts: z.array(FactSchema),
  findings: z.array(FindingSchema),
  summary: AuditSummarySchema,
  sections: z.array(SectionSchema),
  claims: z.array(ClaimSchema),
  performance: z.array(PerformanceEvaluationSchema),
});
