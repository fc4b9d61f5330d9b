// One department over the years: every disclosure (older versions marked), the key figures of each year with the
// change from the year before (amount and %), the 上年数 each disclosure prints beside the previous year's own
// figure, and its spending broken down by function class (类/款/项, 公开03) and by economic class (公开06).
import Big from 'big.js';
import { z } from 'zod';
import { figuresOf, FigureSchema, cellsOf, KEY_FIGURES, STAFF_FIGURES, type Figure } from '../store/figures.js';
import type { KeyFigureKey, StaffFigureKey } from '../store/key-figures.js';
import { DecimalSchema, DisclosureSummarySchema, type Repository } from '../store/repository.js';
import { codeName } from './row-names.js';

const KEYS = KEY_FIGURES.map((k) => k.key) as [KeyFigureKey, ...KeyFigureKey[]];
const KeyFigureSchema = z.enum(KEYS);
const StaffFigureSchema = z.enum(STAFF_FIGURES.map((k) => k.key) as [StaffFigureKey, ...StaffFigureKey[]]);

export const ChangeSchema = z.object({
  amount: DecimalSchema.describe('比上年增减（元）'),
  percent: z.string().nullable().describe('增减率（%，两位小数）；上年为零时为 null'),
});
export type Change = z.infer<typeof ChangeSchema>;

export const PriorSchema = FigureSchema.extend({
  previousYear: DecimalSchema.nullable().describe('上一年度决算本身的数（元），没有上一年度决算时为 null'),
  agrees: z.boolean().nullable().describe('本决算所印的上年数与上一年度决算本身是否一致'),
});

export const DepartmentYearsSchema = z.object({
  department: z.object({ id: z.number().int(), name: z.string(), region: z.string().nullable() }),
  disclosures: z
    .array(
      DisclosureSummarySchema.extend({
        figures: z.partialRecord(KeyFigureSchema, FigureSchema).describe('本年主要数字'),
        changes: z.partialRecord(KeyFigureSchema, ChangeSchema).describe('比上一年度（当前版本）的增减'),
        prior: z.partialRecord(KeyFigureSchema, PriorSchema).describe('情况说明中印的上年数'),
        staff: z.partialRecord(StaffFigureSchema, FigureSchema).describe('部门概况所述的人数'),
      }),
    )
    .describe('由早到晚；旧版本的 supersededBy 不为 null，不计增减'),
  figures: z.array(z.object({ key: KeyFigureSchema, label: z.string() })),
  staffFigures: z.array(z.object({ key: StaffFigureSchema, label: z.string() })),
});
export type DepartmentYears = z.infer<typeof DepartmentYearsSchema>;

function change(now: Figure | undefined, before: Figure | undefined): Change | undefined {
  if (!now?.yuan || !before?.yuan) return undefined;
  const amount = new Big(now.yuan).minus(before.yuan);
  const base = new Big(before.yuan);
  return { amount: amount.toFixed(), percent: base.eq(0) ? null : amount.div(base).times(100).toFixed(2) };
}

export async function departmentYears(repo: Repository, id: number): Promise<DepartmentYears | undefined> {
  const dep = await repo.db.selectFrom('departments').select(['id', 'name', 'region']).where('id', '=', id).executeTakeFirst();
  if (!dep) return undefined;
  const { items } = await repo.list({ departmentId: id, versions: 'all' }, { page: 1, pageSize: 200 });
  const sorted = [...items].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id - b.id);
  const figures = await figuresOf(repo.db, sorted.map((d) => d.id));
  const currentByYear = new Map(sorted.filter((d) => d.supersededBy === null && d.year !== null).map((d) => [`${d.kind}|${d.year}`, d.id] as const));
  const disclosures = sorted.map((d) => {
    const own = figures.get(d.id) ?? { current: {}, prior: {}, staff: {} };
    const previousId = d.year === null ? undefined : currentByYear.get(`${d.kind}|${d.year - 1}`);
    const previous = previousId === undefined ? undefined : figures.get(previousId)?.current;
    const changes: Partial<Record<KeyFigureKey, Change>> = {};
    const prior: Partial<Record<KeyFigureKey, z.infer<typeof PriorSchema>>> = {};
    for (const key of KEYS) {
      const c = d.supersededBy === null ? change(own.current[key], previous?.[key]) : undefined;
      if (c) changes[key] = c;
      const p = own.prior[key];
      if (p) {
        const before = previous?.[key]?.yuan ?? null;
        prior[key] = { ...p, previousYear: before, agrees: before === null || p.yuan === null ? null : new Big(before).eq(p.yuan) };
      }
    }
    return { ...d, figures: own.current, changes, prior, staff: own.staff };
  });
  return {
    department: { id: Number(dep.id), name: dep.name, region: dep.region || null },
    disclosures,
    figures: KEY_FIGURES.map(({ key, label }) => ({ key, label })),
    staffFigures: STAFF_FIGURES.map(({ key, label }) => ({ key, label })),
  };
}

export const BREAKDOWNS = {
  function: { table: 'T03', column: '本年支出合计', label: '按支出功能分类（公开03 支出决算表，本年支出合计）' },
  economic: { table: 'T06', column: '决算数', label: '按支出经济分类（公开06 基本支出决算明细表，决算数）' },
} as const;

export const BreakdownSchema = z.object({
  label: z.string(),
  level: z.enum(['类', '款', '项']),
  years: z.array(z.object({ disclosureId: z.number().int(), year: z.number().int().nullable() })),
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      values: z.array(z.object({ value: DecimalSchema, unit: z.string(), yuan: DecimalSchema.nullable(), source: z.unknown() }).nullable()).describe('与 years 一一对应'),
    }),
  ),
});
export type Breakdown = z.infer<typeof BreakdownSchema>;

const LEVEL_DIGITS = { 类: 3, 款: 5, 项: 7 } as const;

/** The department's spending by 科目 of one level, one column per year (current versions, oldest first). */
export async function departmentBreakdown(repo: Repository, id: number, kind: keyof typeof BREAKDOWNS, level: '类' | '款' | '项'): Promise<Breakdown | undefined> {
  const { items, total } = await repo.list({ departmentId: id }, { page: 1, pageSize: 200 });
  if (!total && !(await repo.db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst())) return undefined;
  const years = [...items].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id - b.id).map((d) => ({ disclosureId: d.id, year: d.year }));
  const { table, column, label } = BREAKDOWNS[kind];
  const digits = kind === 'economic' ? Math.min(LEVEL_DIGITS[level], 5) : LEVEL_DIGITS[level];
  const cells = await cellsOf(repo.db, years.map((y) => y.disclosureId), table, column, new RegExp(`^\\d{${digits}}$`));
  const codes = [...new Set(cells.map((c) => c.row))].sort();
  return {
    label,
    level,
    years,
    rows: codes.map((code) => ({
      code,
      name: codeName(table, code) ?? '',
      values: years.map((y) => {
        const c = cells.find((x) => x.disclosureId === y.disclosureId && x.row === code);
        return c ? { value: c.value, unit: c.unit, yuan: c.yuan, source: c.source } : null;
      }),
    })),
  };
}
