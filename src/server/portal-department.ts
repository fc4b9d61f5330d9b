// One department over the years: its disclosures and, for each, the figures the portal charts — 收入总计 and
// 支出总计 (公开01) and the 三公 total as spent (公开09 决算数 合计) — exact, with their units and amounts in 元.
import { sql } from 'kysely';
import { z } from 'zod';
import { DisclosureSummarySchema, type Repository } from '../store/repository.js';

/** The charted figures: a name for the portal and the fact that holds it. */
export const KEY_FIGURES = [
  { key: 'income', label: '收入总计', table: 'T01', row: '收入总计', column: null },
  { key: 'expenditure', label: '支出总计', table: 'T01', row: '支出总计', column: null },
  { key: 'threePublic', label: '“三公”经费支出', table: 'T09', row: '决算数', column: '合计' },
] as const;

export type KeyFigure = (typeof KEY_FIGURES)[number]['key'];
const KeyFigureSchema = z.enum(KEY_FIGURES.map((k) => k.key) as [KeyFigure, ...KeyFigure[]]);

export const FigureValueSchema = z.object({ value: z.string(), unit: z.string(), yuan: z.string().nullable() });
export type FigureValue = z.infer<typeof FigureValueSchema>;

export const DepartmentYearsSchema = z.object({
  department: z.object({ id: z.number().int(), name: z.string(), region: z.string().nullable() }),
  disclosures: z.array(DisclosureSummarySchema.extend({ figures: z.partialRecord(KeyFigureSchema, FigureValueSchema) })).describe('由早到晚；旧版本的 supersededBy 不为 null'),
  figures: z.array(z.object({ key: KeyFigureSchema, label: z.string() })),
});
export type DepartmentYears = z.infer<typeof DepartmentYearsSchema>;

/** Key figures of some disclosures, by disclosure id. */
export async function keyFigures(repo: Repository, ids: readonly number[]): Promise<Map<number, Partial<Record<KeyFigure, FigureValue>>>> {
  const out = new Map<number, Partial<Record<KeyFigure, FigureValue>>>(ids.map((id) => [id, {}]));
  if (ids.length === 0) return out;
  const wanted = sql.join(
    KEY_FIGURES.map((k) => sql`(f.table_id = ${k.table} and f.row = ${k.row}${k.column === null ? sql`` : sql` and f.column_name = ${k.column}`})`),
    sql` or `,
  );
  const { rows } = await sql<{ disclosure_id: number; table_id: string; row: string; column_name: string; printed: string; unit: string; yuan: string | null }>`
    select f.disclosure_id, f.table_id, f.row, f.column_name, f.printed, f.unit, f.yuan::text as yuan from facts f
    where f.disclosure_id in (${sql.join(ids)}) and (${wanted}) order by f.disclosure_id, f.ordinal`.execute(repo.db);
  for (const r of rows) {
    const figure = KEY_FIGURES.find((k) => k.table === r.table_id && k.row === r.row && (k.column === null || k.column === r.column_name));
    const entry = out.get(Number(r.disclosure_id));
    // The first printed cell wins (a 总计 row has one amount column; T09 prints 决算数 合计 once).
    if (figure && entry && !entry[figure.key]) entry[figure.key] = { value: r.printed, unit: r.unit, yuan: r.yuan };
  }
  return out;
}

export async function departmentYears(repo: Repository, id: number): Promise<DepartmentYears | undefined> {
  const dep = await repo.db.selectFrom('departments').select(['id', 'name', 'region']).where('id', '=', id).executeTakeFirst();
  if (!dep) return undefined;
  const { items } = await repo.list({ departmentId: id, versions: 'all' }, { page: 1, pageSize: 200 });
  const sorted = [...items].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id - b.id);
  const figures = await keyFigures(repo, sorted.map((d) => d.id));
  return {
    department: { id: Number(dep.id), name: dep.name, region: dep.region || null },
    disclosures: sorted.map((d) => ({ ...d, figures: figures.get(d.id) ?? {} })),
    figures: KEY_FIGURES.map(({ key, label }) => ({ key, label })),
  };
}
