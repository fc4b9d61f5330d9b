// What the portal's words come from: the standard tables (titles, short names, columns and rows), the key figures,
// the rule families and severities, and the rules themselves. The browser keeps no copy of these.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { RULE_FAMILY_INFO, RULE_INFOS } from '../../audit/index.js';
import { KIND_SPECS } from '../../catalog/kinds/index.js';
import { DOCUMENT_KINDS } from '../../model/disclosure.js';
import { RULE_FAMILIES, RuleFamilySchema, SEVERITIES, SeveritySchema } from '../../model/finding.js';
import { READ_STATUS_LABELS, READ_STATUSES, ReadStatusSchema } from '../../model/reading.js';
import { TableIdSchema } from '../../model/table-id.js';
import { AUDIT_STATUSES, AuditStatusSchema } from '../../store/repository.js';
import { KEY_FIGURES } from '../../store/figures.js';
import { AUDIT_STATUS_LABEL, SEVERITY_INFO, tableNumber, TOPIC_LABEL } from '../wording.js';
import { json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';


const Labelled = z.object({ key: z.string(), label: z.string() });

export const CatalogSchema = z
  .object({
    kinds: z
      .array(
        z.object({
          family: z.string(),
          name: z.string().describe('决算、预算'),
          documentKinds: z.array(z.string()),
          tables: z.array(TableIdSchema).describe('该类文件的全部标准表，按表样顺序'),
          required: z.array(TableIdSchema).describe('每份都应公开的表'),
          regional: z.array(z.object({ regions: z.array(z.string()), tables: z.array(TableIdSchema) })).describe('部分地区的模板另外要求的表'),
          parts: z.array(z.string()).describe('公开文件包含的部分'),
        }),
      )
      .describe('有标准表的各类文件'),
    tables: z.array(
      z.object({
        id: TableIdSchema,
        label: z.string().describe('表号，如 公开03'),
        title: z.string(),
        shortName: z.string(),
        columns: z.array(Labelled),
        expenditureColumns: z.array(Labelled).optional().describe('公开01、04 支出一侧的栏'),
        rows: z.array(Labelled.extend({ unit: z.string().optional() })).describe('固定行（不是科目编码的行）'),
      }),
    ),
    keyFigures: z
      .array(z.object({ key: z.string(), label: z.string(), table: TableIdSchema.nullable(), row: z.string().nullable(), column: z.string().nullable() }))
      .describe('主要数字：取自哪张表哪一格；表格中没有的（机关运行经费）取自情况说明'),
    families: z.array(z.object({ id: RuleFamilySchema, label: z.string(), description: z.string(), basis: z.string(), fix: z.string() })),
    severities: z.array(z.object({ id: SeveritySchema, label: z.string(), description: z.string() })),
    readStatuses: z.array(z.object({ id: ReadStatusSchema, label: z.string() })).describe('表格的读取状态'),
    auditStatuses: z.array(z.object({ id: AuditStatusSchema, label: z.string() })).describe('决算的审核结果：有错误、读取不完整、仅有警告、通过'),
    documentKinds: z.array(z.string()),
    topics: z.array(z.object({ id: z.string(), label: z.string() })).describe('情况说明的各部分（按所说明的内容）'),
  })
  .meta({ id: 'Catalog', description: '门户用到的全部名称' });

const RuleSchema = z.object({
  id: z.string(),
  family: RuleFamilySchema,
  severity: SeveritySchema.describe('不成立时的严重程度'),
  title: z.string(),
  description: z.string().describe('用平白的话说规则核对什么'),
  basis: z.string().describe('依据：公开要求或算术恒等式'),
  fix: z.string().describe('如何改正'),
  kinds: z.array(z.string()).describe('规则适用的文件类型'),
});

const labelled = (keys: readonly { key: string }[]) => keys.map((c) => ({ key: c.key, label: c.key }));

function catalog(): z.infer<typeof CatalogSchema> {
  return {
    kinds: KIND_SPECS.map((k) => ({
      family: k.family,
      name: k.name,
      documentKinds: [...k.kinds],
      tables: k.tables.map((t) => t.id),
      required: [...k.required],
      regional: k.regional.map((p) => ({ regions: [...p.regions], tables: [...p.tables] })),
      parts: [...k.parts],
    })),
    tables: KIND_SPECS.flatMap((k) => k.tables).map((t) => ({
      id: t.id,
      label: tableNumber(t.id),
      title: t.title,
      shortName: t.shortName,
      columns: labelled(t.columns),
      ...(t.expenditureColumns ? { expenditureColumns: labelled(t.expenditureColumns) } : {}),
      rows: [...(t.incomeRows ?? []), ...(t.expenditureRows ?? []), ...(t.rows ?? [])].map((r) => ({ key: r.key, label: r.key, ...(r.unit ? { unit: r.unit } : {}) })),
    })),
    keyFigures: KEY_FIGURES.map((k) => ({ key: k.key, label: k.label, table: k.fact?.table ?? null, row: k.fact?.row ?? null, column: k.fact?.column ?? null })),
    families: RULE_FAMILIES.map((id) => ({ id, ...RULE_FAMILY_INFO[id] })),
    severities: SEVERITIES.map((id) => ({ id, ...SEVERITY_INFO[id] })),
    readStatuses: READ_STATUSES.map((id) => ({ id, label: READ_STATUS_LABELS[id] })),
    auditStatuses: AUDIT_STATUSES.map((id) => ({ id, label: AUDIT_STATUS_LABEL[id] })),
    documentKinds: [...DOCUMENT_KINDS],
    topics: Object.entries(TOPIC_LABEL).map(([id, label]) => ({ id, label })),
  };
}

export function registerCatalogRoutes(app: ApiApp, deps: ApiDeps): void {
  // Built once: it changes only with the code (and the rules version names that).
  const body = catalog();
  const rules = RULE_INFOS.map((r) => ({ ...r, kinds: [...r.kinds] }));
  const cache = { 'Cache-Control': 'public, max-age=300', ETag: `"${deps.analyser.rulesVersion}"` };
  app.openapi(
    createRoute({ method: 'get', path: '/api/catalog', tags: ['名称'], summary: '标准表、主要数字、规则族和严重程度的名称', responses: { 200: json(CatalogSchema) } }),
    (c) => c.json(body, 200, cache),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/rules',
      tags: ['名称'],
      summary: '全部审核规则：编号、规则族、严重程度、名称、说明、依据、改正方法和适用的文件类型',
      responses: { 200: json(z.object({ rulesVersion: z.string(), items: z.array(RuleSchema) })) },
    }),
    (c) => c.json({ rulesVersion: deps.analyser.rulesVersion, items: rules }, 200, cache),
  );
}
