// The reviewer's dashboard: departments × years, each cell the disclosures of that department and year with their
// error/warning counts; departments with the most errors first, filterable by region. Read from summaries kept per
// department and region (dashboard-summaries.ts), so that a view does not aggregate the whole store.
import { sql } from 'kysely';
import { z } from 'zod';
import { RULE_INFOS } from '../audit/index.js';
import { kindSpec, requiredTables } from '../catalog/kinds/index.js';
import type { DocumentKind } from '../model/disclosure.js';
import { isTableId } from '../model/table-id.js';
import { AuditStatusSchema, auditStatusOf, type AuditStatus, type Repository } from '../store/repository.js';
import { completenessKey, EXPECTED_TABLES, refreshDashboard, TOPICS } from './dashboard-summaries.js';
import { tableName, tableNumber, TOPIC_LABEL } from './wording.js';

const RULE_TITLES = new Map(RULE_INFOS.map((r) => [r.id, r.title]));

export const DashboardCellSchema = z.object({
  id: z.number().int(),
  year: z.number().int().nullable(),
  kind: z.string(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  status: AuditStatusSchema,
});
export type DashboardCell = z.infer<typeof DashboardCellSchema>;

export const DashboardDepartmentSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  region: z.string().nullable(),
  disclosures: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  cells: z.array(DashboardCellSchema),
});
export type DashboardDepartment = z.infer<typeof DashboardDepartmentSchema>;

export const DashboardSchema = z.object({
  region: z.string().nullable(),
  regions: z.array(z.string()),
  years: z.array(z.number().int()).describe('筛选范围内的年度，由早到晚：矩阵的列'),
  departments: z.array(DashboardDepartmentSchema),
  total: z.number().int().describe('筛选范围内的部门数（全部页）'),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z
    .object({
      disclosures: z.number().int(),
      withErrors: z.number().int(),
      incomplete: z.number().int().describe('没有错误，但有数字未能读取：不算通过'),
      withWarnings: z.number().int().describe('数字全部读出，没有错误，有警告'),
      clean: z.number().int().describe('数字全部读出，没有错误和警告'),
    })
    .describe('筛选范围内（全部页）：有错误、读取不完整、仅有警告、通过的决算数（只计当前版本）'),
  unassigned: z.number().int().describe('未识别部门的决算数（不在矩阵中）'),
  topRules: z
    .array(z.object({ rule: z.string(), title: z.string(), disclosures: z.number().int() }))
    .describe('未通过最多的规则（有错误或警告的决算数），前 10 条'),
  completeness: z
    .object({
      disclosures: z.number().int().describe('参与统计的决算（有标准表的文件类型）数'),
      tables: z
        .array(z.object({ table: z.string(), label: z.string(), required: z.number().int().describe('应公开此表的决算数'), missing: z.number().int() }))
        .describe('每张应公开的标准表：应公开它的决算数和缺少它的决算数（地区模板增加的表只计这些地区）'),
      topics: z
        .array(z.object({ topic: z.string(), label: z.string(), missing: z.number().int() }))
        .describe('情况说明的每一部分：说明中没有这部分数字的决算数（按说明中读到的数字判断）'),
    })
    .describe('完整性：缺少的表和说明部分'),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export interface DashboardQuery {
  region?: string | undefined;
  /** Only departments with at least one error. */
  errorsOnly?: boolean | undefined;
  page: number;
  pageSize: number;
}

const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export async function dashboard(repo: Repository, q: DashboardQuery): Promise<Dashboard> {
  const db = repo.db;
  await refreshDashboard(repo);
  const inScope = q.region === undefined ? sql`true` : sql`region = ${q.region}`;
  const [rows, years, regions, counts, ruleRows, complete] = await Promise.all([
    sql<{ id: number; name: string; region: string | null; disclosures: number; errors: number; warnings: number; cells: (Omit<DashboardCell, 'status'> & { complete: boolean })[]; total: string | number }>`
      select department_id as id, name, nullif(region, '') as region, disclosures, errors, warnings, cells, count(*) over () as total
      from dashboard_departments where ${inScope} ${q.errorsOnly ? sql`and errors > 0` : sql``}
      order by errors desc, warnings desc, region, name, department_id
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ year: number }>`select distinct y as year from dashboard_regions, unnest(years) as y where ${inScope} order by 1`.execute(db),
    sql<{ region: string }>`select distinct region from departments where region <> '' order by region`.execute(db),
    sql<{ disclosures: string | number | null; with_errors: string | number | null; incomplete: string | number | null; with_warnings: string | number | null; unassigned: string | number }>`
      select sum(disclosures) as disclosures, sum(with_errors) as with_errors, sum(incomplete) as incomplete, sum(with_warnings) as with_warnings,
        (select count(*) from disclosures where department_id is null and superseded_by is null) as unassigned
      from dashboard_regions where ${inScope}`.execute(db),
    sql<{ rule: string; n: string | number }>`
      select r.key as rule, sum(r.value::int) as n from dashboard_regions, jsonb_each_text(failed_rules) as r
      where ${inScope} group by r.key order by sum(r.value::int) desc, r.key limit 10`.execute(db),
    sql<{ key: string; n: string | number }>`
      select c.key, sum(c.value::int) as n from dashboard_regions, jsonb_each_text(completeness) as c where ${inScope} group by c.key`.execute(db),
  ]);
  const c = counts.rows[0];
  const k = new Map(complete.rows.map((r) => [r.key, n(r.n)]));
  const total = n(c?.disclosures ?? 0);
  const withErrors = n(c?.with_errors ?? 0);
  const withWarnings = n(c?.with_warnings ?? 0);
  const incompleteCount = n(c?.incomplete ?? 0);
  return {
    region: q.region ?? null,
    regions: regions.rows.map((r) => r.region),
    years: years.rows.map((r) => n(r.year)),
    departments: rows.rows.map((r) => ({
      id: n(r.id),
      name: r.name,
      region: r.region,
      disclosures: n(r.disclosures),
      errors: n(r.errors),
      warnings: n(r.warnings),
      cells: r.cells.map(({ complete, ...x }) => {
        const counts = { errors: n(x.errors), warnings: n(x.warnings) };
        return { ...x, ...counts, id: n(x.id), year: x.year === null ? null : n(x.year), infos: n(x.infos), status: auditStatusOf({ ...counts, reading: { complete } }) };
      }),
    })),
    total: n(rows.rows[0]?.total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    counts: { disclosures: total, withErrors, incomplete: incompleteCount, withWarnings, clean: total - withErrors - incompleteCount - withWarnings },
    unassigned: n(c?.unassigned ?? 0),
    topRules: ruleRows.rows.map((r) => ({ rule: r.rule, title: RULE_TITLES.get(r.rule) ?? r.rule, disclosures: n(r.n) })),
    completeness: {
      disclosures: k.get(completenessKey.counted) ?? 0,
      tables: EXPECTED_TABLES.map(({ table }) => ({
        table,
        label: tableName(table),
        required: k.get(completenessKey.required(table)) ?? 0,
        missing: k.get(completenessKey.missingTable(table)) ?? 0,
      })),
      topics: TOPICS.map((t) => ({ topic: t, label: TOPIC_LABEL[t] ?? t, missing: k.get(completenessKey.missingTopic(t)) ?? 0 })),
    },
  };
}

/** The tables a disclosure should publish and does not, by their numbers (公开10). */
function missingTables(r: { kind: string; department: string; region: string | null; tables: readonly string[] }): string[] {
  const kind = kindSpec(r.kind as DocumentKind);
  if (!kind) return [];
  return requiredTables(kind, { department: r.department, region: r.region ?? undefined })
    .filter((t) => !r.tables.includes(t))
    .map(tableNumber);
}

export interface DashboardRow {
  id: number;
  department: string;
  region: string | null;
  year: number | null;
  kind: string;
  errors: number;
  warnings: number;
  infos: number;
  status: AuditStatus;
  /** Tables with numbers left unread, by their numbers. */
  incompleteTables: string[];
  missingTables: string[];
}

/** Every current disclosure the dashboard covers (all pages), departments with the most errors first: the export. */
export async function dashboardRows(repo: Repository, q: Pick<DashboardQuery, 'region' | 'errorsOnly'>): Promise<DashboardRow[]> {
  const region = q.region === undefined ? sql`true` : sql`dep.region = ${q.region}`;
  const { rows } = await sql<{ id: number; department: string; region: string | null; year: number | null; kind: string; errors: number; warnings: number; infos: number; tables: string[]; incomplete_tables: string[] }>`
    select d.id, dep.name as department, nullif(dep.region, '') as region, d.year, d.kind, d.errors, d.warnings, d.infos, d.tables, d.incomplete_tables
    from departments dep join disclosures d on d.department_id = dep.id and d.superseded_by is null
    where ${region} ${q.errorsOnly ? sql`and dep.id in (select department_id from disclosures where superseded_by is null group by department_id having sum(errors) > 0)` : sql``}
    order by sum(d.errors) over (partition by dep.id) desc, dep.region, dep.name, d.year nulls last, d.id`.execute(repo.db);
  return rows.map((r) => {
    const counts = { errors: n(r.errors), warnings: n(r.warnings) };
    return {
      id: n(r.id),
      department: r.department,
      region: r.region,
      year: r.year === null ? null : n(r.year),
      kind: r.kind,
      ...counts,
      infos: n(r.infos),
      status: auditStatusOf({ ...counts, reading: { complete: r.incomplete_tables.length === 0 } }),
      incompleteTables: r.incomplete_tables.filter(isTableId).map(tableNumber),
      missingTables: missingTables(r),
    };
  });
}
