// The reviewer's dashboard: departments × years, each cell the disclosures of that department and year with their
// error/warning counts; departments with the most errors first, filterable by region. One query, paged by
// department, so that it stays fast with tens of thousands of disclosures.
import { sql } from 'kysely';
import { z } from 'zod';
import { RULE_INFOS } from '../audit/index.js';
import { TABLE_TEMPLATE } from '../catalog/tables.js';
import { EXPLANATION_TOPICS } from '../model/claim.js';
import { TABLE_IDS } from '../model/table-id.js';
import { TOPIC_LABEL } from './wording.js';

const RULE_TITLES = new Map(RULE_INFOS.map((r) => [r.id, r.title]));
/** The parts of the 情况说明 a 决算 is expected to explain. */
const TOPICS = [...EXPLANATION_TOPICS];
const FINAL_ACCOUNTS = new Set(['部门决算', '单位决算']);
import type { Repository } from '../store/repository.js';

export const DashboardCellSchema = z.object({
  id: z.number().int(),
  year: z.number().int().nullable(),
  kind: z.string(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
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
    .object({ disclosures: z.number().int(), withErrors: z.number().int(), withWarnings: z.number().int(), clean: z.number().int() })
    .describe('筛选范围内（全部页）：有错误、仅有警告、通过的决算数（只计当前版本）'),
  unassigned: z.number().int().describe('未识别部门的决算数（不在矩阵中）'),
  topRules: z
    .array(z.object({ rule: z.string(), title: z.string(), disclosures: z.number().int() }))
    .describe('未通过最多的规则（有错误或警告的决算数），前 10 条'),
  completeness: z
    .object({
      disclosures: z.number().int().describe('参与统计的决算（部门决算、单位决算）数'),
      tables: z.array(z.object({ table: z.string(), label: z.string(), missing: z.number().int() })).describe('每张标准表：缺少它的决算数'),
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
  const region = q.region === undefined ? sql`true` : sql`dep.region = ${q.region}`;
  const having = q.errorsOnly ? sql`having sum(d.errors) > 0` : sql``;
  const finalAccounts = sql`d.kind in ('部门决算', '单位决算')`;
  const scope = sql`d.superseded_by is null and ${q.region === undefined ? sql`true` : sql`dep.region = ${q.region}`}`;
  const [rows, years, regions, counts, ruleRows, complete] = await Promise.all([
    sql<{ id: number; name: string; region: string | null; disclosures: string | number; errors: string | number; warnings: string | number; cells: DashboardCell[]; total: string | number }>`
      select dep.id, dep.name, nullif(dep.region, '') as region, count(*) as disclosures, sum(d.errors) as errors, sum(d.warnings) as warnings,
        jsonb_agg(jsonb_build_object('id', d.id, 'year', d.year, 'kind', d.kind, 'errors', d.errors, 'warnings', d.warnings, 'infos', d.infos)
          order by d.year nulls last, d.id) as cells,
        count(*) over () as total
      from departments dep join disclosures d on d.department_id = dep.id and d.superseded_by is null
      where ${region}
      group by dep.id ${having}
      order by sum(d.errors) desc, sum(d.warnings) desc, dep.region, dep.name, dep.id
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`.execute(db),
    sql<{ year: number }>`select distinct d.year from disclosures d join departments dep on dep.id = d.department_id
      where d.year is not null and d.superseded_by is null and ${region} order by d.year`.execute(db),
    sql<{ region: string }>`select distinct region from departments where region <> '' order by region`.execute(db),
    sql<{ disclosures: string | number; with_errors: string | number; with_warnings: string | number; unassigned: string | number }>`
      select count(*) filter (where d.department_id is not null) as disclosures,
        count(*) filter (where d.department_id is not null and d.errors > 0) as with_errors,
        count(*) filter (where d.department_id is not null and d.errors = 0 and d.warnings > 0) as with_warnings,
        count(*) filter (where d.department_id is null) as unassigned
      from disclosures d left join departments dep on dep.id = d.department_id
      where d.superseded_by is null and ${q.region === undefined ? sql`true` : sql`(dep.region = ${q.region} or d.department_id is null)`}`.execute(db),
    sql<{ rule: string; n: string | number }>`
      select r.rule, count(*) as n from disclosures d join departments dep on dep.id = d.department_id, unnest(d.failed_rules) as r(rule)
      where ${scope} group by r.rule order by count(*) desc, r.rule limit 10`.execute(db),
    sql<Record<string, string | number>>`
      select count(*) as n, ${sql.join(TABLE_IDS.map((t) => sql`count(*) filter (where not (d.tables ? ${t})) as ${sql.ref(`t_${t}`)}`))},
        ${sql.join(TOPICS.map((t) => sql`count(*) filter (where not (${t} = any(d.topics))) as ${sql.ref(`c_${t}`)}`))}
      from disclosures d join departments dep on dep.id = d.department_id where ${scope} and ${finalAccounts}`.execute(db),
  ]);
  const c = counts.rows[0];
  const k = complete.rows[0];
  const total = n(c?.disclosures ?? 0);
  const withErrors = n(c?.with_errors ?? 0);
  const withWarnings = n(c?.with_warnings ?? 0);
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
      cells: r.cells.map((x) => ({ ...x, id: n(x.id), year: x.year === null ? null : n(x.year), errors: n(x.errors), warnings: n(x.warnings), infos: n(x.infos) })),
    })),
    total: n(rows.rows[0]?.total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    counts: { disclosures: total, withErrors, withWarnings, clean: total - withErrors - withWarnings },
    unassigned: n(c?.unassigned ?? 0),
    topRules: ruleRows.rows.map((r) => ({ rule: r.rule, title: RULE_TITLES.get(r.rule) ?? r.rule, disclosures: n(r.n) })),
    completeness: {
      disclosures: n(k?.n ?? 0),
      tables: TABLE_IDS.map((t) => ({ table: t, label: `公开${t.slice(1)} ${TABLE_TEMPLATE[t].shortName}`, missing: n(k?.[`t_${t}`] ?? 0) })),
      topics: TOPICS.map((t) => ({ topic: t, label: TOPIC_LABEL[t] ?? t, missing: n(k?.[`c_${t}`] ?? 0) })),
    },
  };
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
  missingTables: string[];
}

/** Every current disclosure the dashboard covers (all pages), departments with the most errors first: the export. */
export async function dashboardRows(repo: Repository, q: Pick<DashboardQuery, 'region' | 'errorsOnly'>): Promise<DashboardRow[]> {
  const region = q.region === undefined ? sql`true` : sql`dep.region = ${q.region}`;
  const { rows } = await sql<{ id: number; department: string; region: string | null; year: number | null; kind: string; errors: number; warnings: number; infos: number; tables: string[] }>`
    select d.id, dep.name as department, nullif(dep.region, '') as region, d.year, d.kind, d.errors, d.warnings, d.infos, d.tables
    from departments dep join disclosures d on d.department_id = dep.id and d.superseded_by is null
    where ${region} ${q.errorsOnly ? sql`and dep.id in (select department_id from disclosures where superseded_by is null group by department_id having sum(errors) > 0)` : sql``}
    order by sum(d.errors) over (partition by dep.id) desc, dep.region, dep.name, d.year nulls last, d.id`.execute(repo.db);
  return rows.map((r) => ({
    id: n(r.id),
    department: r.department,
    region: r.region,
    year: r.year === null ? null : n(r.year),
    kind: r.kind,
    errors: n(r.errors),
    warnings: n(r.warnings),
    infos: n(r.infos),
    missingTables: FINAL_ACCOUNTS.has(r.kind) ? TABLE_IDS.filter((t) => !r.tables.includes(t)).map((t) => `公开${t.slice(1)}`) : [],
  }));
}
