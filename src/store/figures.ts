// Queries over figures rather than documents: the key figures of some disclosures, rankings of departments by a key
// figure or a 科目, figures found by 科目 code or name, and a department's spending broken down by classification.
// Only current versions count (store/migrations/005-versions.ts). Money stays exact: NUMERIC in, decimal strings out.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Source } from '../model/source.js';
import { KEY_FIGURES, STAFF_FIGURES, type KeyFigureKey, type StaffFigureKey } from './key-figures.js';
import { DecimalSchema } from './records.js';
import type { Database } from './schema.js';

const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export const FigureSchema = z.object({
  value: DecimalSchema.describe('印刷值'),
  unit: z.string(),
  yuan: DecimalSchema.nullable().describe('以元计的精确金额'),
  origin: z.enum(['table', 'narrative']).describe('table：取自表格；narrative：表格中没有，取自情况说明'),
  source: z.unknown().describe('出处'),
});
export type Figure = z.infer<typeof FigureSchema>;

export interface DisclosureFigures {
  /** This year's figures, by key. */
  current: Partial<Record<KeyFigureKey, Figure>>;
  /** The 上年数 the disclosure's 情况说明 prints, by key. */
  prior: Partial<Record<KeyFigureKey, Figure>>;
  /** The staff its 部门概况 states. */
  staff: Partial<Record<StaffFigureKey, Figure>>;
}

const STAFF_KEYS: ReadonlySet<string> = new Set(STAFF_FIGURES.map((f) => f.key));

/** The key figures of some disclosures, by disclosure id. */
export async function figuresOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, DisclosureFigures>> {
  const out = new Map<number, DisclosureFigures>(ids.map((id) => [id, { current: {}, prior: {}, staff: {} }]));
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('disclosure_figures')
    .select(['disclosure_id', 'key', 'period', 'printed', 'unit', sql<string | null>`yuan::text`.as('yuan'), 'origin', 'source'])
    .where('disclosure_id', 'in', [...ids])
    .execute();
  for (const r of rows) {
    const entry = out.get(n(r.disclosure_id));
    if (!entry) continue;
    const figure: Figure = { value: r.printed, unit: r.unit, yuan: r.yuan, origin: r.origin, source: r.source };
    if (STAFF_KEYS.has(r.key)) entry.staff[r.key as StaffFigureKey] = figure;
    else (r.period === '本年' ? entry.current : entry.prior)[r.key as KeyFigureKey] = figure;
  }
  return out;
}

export interface PlaceFilter {
  year?: number | undefined;
  /** Part of the region's name. */
  region?: string | undefined;
  kind?: string | undefined;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

function placeSql(f: PlaceFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`d.superseded_by is null`];
  if (f.year !== undefined) parts.push(sql`d.year = ${f.year}`);
  if (f.region !== undefined) parts.push(sql`dep.region like ${`%${escapeLike(f.region)}%`}`);
  if (f.kind !== undefined) parts.push(sql`d.kind = ${f.kind}`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

export const RankedSchema = z.object({
  rank: z.number().int(),
  disclosureId: z.number().int(),
  department: z.string(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  value: DecimalSchema,
  unit: z.string(),
  yuan: DecimalSchema.nullable(),
  origin: z.enum(['table', 'narrative']),
  source: z.unknown(),
  staff: z
    .object({ count: z.number().int(), unit: z.string(), source: z.unknown().describe('出处（部门概况）') })
    .nullable()
    .describe('部门概况所述的人数（按 per 选的口径；未按人均排名时为在职人数）；文件没有说明时为 null'),
  perCapitaYuan: DecimalSchema.nullable().describe('人均金额（元/人，四舍五入到分）；只在按人均排名时给出'),
});
export type Ranked = z.infer<typeof RankedSchema>;

export type RankingMeasure = { key: KeyFigureKey } | { table: string; row: string; column: string };

export interface RankingResult {
  items: Ranked[];
  /** Disclosures ranked (with per-capita: those that state the staff). */
  total: number;
  /** With per-capita: disclosures that have the figure but state no staff, left out of the ranking. */
  withoutStaff: number;
}

/**
 * Departments ranked by a key figure or by one 科目 cell (table, code, column), largest amount in 元 first, among
 * current disclosures under the filter. Figures without an amount in 元 (a count) rank by their printed value.
 * `perCapita`: ranked by the amount per person instead, among disclosures whose 概况 states that staff figure (the
 * others are counted, not ranked: a missing staff figure is not zero).
 */
export async function rankings(db: Kysely<Database>, measure: RankingMeasure, filter: PlaceFilter, limit: number, perCapita?: StaffFigureKey): Promise<RankingResult> {
  const source =
    'key' in measure
      ? sql`select disclosure_id, printed, value, unit, yuan, origin, source from disclosure_figures where key = ${measure.key} and period = '本年'`
      : sql`select distinct on (disclosure_id) disclosure_id, printed, value, unit, yuan, 'table' as origin, source from facts
          where table_id = ${measure.table} and row = ${measure.row} and column_name = ${measure.column} order by disclosure_id, ordinal`;
  const staffKey: StaffFigureKey = perCapita ?? 'staffInPost';
  const perPerson = sql`round(x.yuan / s.value, 2)`;
  const { rows } = await sql<{
    id: number;
    department: string;
    region: string | null;
    year: number | null;
    printed: string;
    unit: string;
    yuan: string | null;
    origin: 'table' | 'narrative';
    source: Source;
    staff: string | null;
    staff_unit: string | null;
    staff_source: Source | null;
    per_capita: string | null;
    total: string | number;
    ranked: string | number;
  }>`
    select d.id, dep.name as department, nullif(dep.region, '') as region, d.year, x.printed, x.unit, x.yuan::text as yuan, x.origin, x.source,
      s.printed as staff, s.unit as staff_unit, s.source as staff_source, ${perCapita ? sql`${perPerson}::text` : sql`null`} as per_capita,
      count(*) over () as total, count(*) filter (where s.value > 0 and x.yuan is not null) over () as ranked
    from (${source}) x join disclosures d on d.id = x.disclosure_id join departments dep on dep.id = d.department_id
      left join disclosure_figures s on s.disclosure_id = x.disclosure_id and s.key = ${staffKey} and s.period = '本年'
    where ${placeSql(filter)}
    order by ${perCapita ? sql`(s.value > 0 and x.yuan is not null) is not true, ${perPerson} desc,` : sql``} coalesce(x.yuan, x.value) desc, dep.name, d.id
    limit ${limit}`.execute(db);
  const kept = perCapita ? rows.filter((r) => r.per_capita !== null) : rows;
  const total = n(rows[0]?.total ?? 0);
  const ranked = n(rows[0]?.ranked ?? 0);
  return {
    items: kept.map((r, i) => ({
      rank: i + 1,
      disclosureId: n(r.id),
      department: r.department,
      region: r.region,
      year: r.year === null ? null : n(r.year),
      value: r.printed,
      unit: r.unit,
      yuan: r.yuan,
      origin: r.origin,
      source: r.source,
      staff: r.staff === null ? null : { count: n(r.staff), unit: r.staff_unit ?? '', source: r.staff_source },
      perCapitaYuan: r.per_capita,
    })),
    total: perCapita ? ranked : total,
    withoutStaff: perCapita ? total - ranked : 0,
  };
}

export const FoundFigureSchema = z.object({
  disclosureId: z.number().int(),
  department: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: z.string(),
  table: z.string(),
  row: z.string(),
  column: z.string(),
  value: DecimalSchema,
  unit: z.string(),
  yuan: DecimalSchema.nullable(),
  source: z.unknown().describe('出处：在表格视图中打开这一格'),
});
export type FoundFigure = z.infer<typeof FoundFigureSchema>;

/** What a figure search looks for: rows by key (codes or standard row labels), and single cells (三公 items). */
export interface FigureTarget {
  rows: string[];
  cells: { table: string; row: string; column: string | null }[];
}

/** How many matches a figure search counts before it says "more than". */
export const FIGURE_COUNT_CAP = 1000;

/** Facts of current disclosures whose row (or T09 column) is what the query names, newest year first. */
export async function findFigures(
  db: Kysely<Database>,
  target: FigureTarget,
  filter: PlaceFilter,
  paging: { page: number; pageSize: number },
): Promise<{ items: FoundFigure[]; total: number; totalExact: boolean }> {
  const byRow = target.rows.length ? sql`f.row in (${sql.join(target.rows)})` : sql`false`;
  const byColumn = target.cells.length
    ? sql.join(
        target.cells.map((c) => sql`(f.table_id = ${c.table} and f.row = ${c.row}${c.column === null ? sql`` : sql` and f.column_name = ${c.column}`})`),
        sql` or `,
      )
    : sql`false`;
  const from = sql`facts f join disclosures d on d.id = f.disclosure_id left join departments dep on dep.id = d.department_id
    where (${byRow} or ${byColumn}) and ${placeSql(filter)}`;
  const [page, count] = await Promise.all([
    sql<{ disclosure_id: number; department: string | null; region: string | null; year: number | null; kind: string; table_id: string; row: string; column_name: string; printed: string; unit: string; yuan: string | null; source: Source }>`
      select f.disclosure_id, dep.name as department, nullif(dep.region, '') as region, d.year, d.kind, f.table_id, f.row, f.column_name, f.printed, f.unit, f.yuan::text as yuan, f.source
      from ${from}
      order by d.year desc nulls last, dep.name nulls last, d.id, f.table_id, f.row, f.ordinal
      limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`.execute(db),
    sql<{ n: string | number }>`select count(*) as n from (select 1 from ${from} limit ${FIGURE_COUNT_CAP + 1}) c`.execute(db),
  ]);
  const total = n(count.rows[0]?.n ?? 0);
  return {
    items: page.rows.map((r) => ({
      disclosureId: n(r.disclosure_id),
      department: r.department,
      region: r.region,
      year: r.year === null ? null : n(r.year),
      kind: r.kind,
      table: r.table_id,
      row: r.row,
      column: r.column_name,
      value: r.printed,
      unit: r.unit,
      yuan: r.yuan,
      source: r.source,
    })),
    total: Math.min(total, FIGURE_COUNT_CAP),
    totalExact: total <= FIGURE_COUNT_CAP,
  };
}

/** One cell per disclosure of some rows of a table and column (a department's breakdown over its years). */
export async function cellsOf(
  db: Kysely<Database>,
  ids: readonly number[],
  table: string,
  column: string,
  rowPattern: RegExp,
): Promise<{ disclosureId: number; row: string; value: string; unit: string; yuan: string | null; source: Source }[]> {
  if (!ids.length) return [];
  const { rows } = await sql<{ disclosure_id: number; row: string; printed: string; unit: string; yuan: string | null; source: Source }>`
    select disclosure_id, row, printed, unit, yuan::text as yuan, source from facts
    where disclosure_id in (${sql.join(ids)}) and table_id = ${table} and column_name = ${column} order by disclosure_id, ordinal`.execute(db);
  const seen = new Set<string>();
  return rows
    .filter((r) => rowPattern.test(r.row) && !seen.has(`${r.disclosure_id}|${r.row}`) && seen.add(`${r.disclosure_id}|${r.row}`))
    .map((r) => ({ disclosureId: n(r.disclosure_id), row: r.row, value: r.printed, unit: r.unit, yuan: r.yuan, source: r.source }));
}

export { KEY_FIGURES, STAFF_FIGURES };
