// Figures you can find and compare, over the API: search by 科目 code or name, rankings, a department's history
// (changes, the 上年数 each year prints, breakdowns), comparison in reading order, verbatim search snippets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../model/claim.js';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { emptyStore, MINI, variant, type Variant } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import { createApp } from './app.js';

let store: Store;
let app: ReturnType<typeof createApp>;
const ids: Record<string, number> = {};

const T01 = (income: string) => [
  { table: 'T01' as const, row: '收入总计', column: '金额', value: income, unit: '万元' },
  { table: 'T01' as const, row: '支出总计', column: '金额', value: income, unit: '万元' },
];
const T09 = (total: string) => [{ table: 'T09' as const, row: '决算数', column: '合计', value: total, unit: '万元' }];
const T03 = (code: string, value: string) => [{ table: 'T03' as const, row: code, column: '本年支出合计', value, unit: '万元' }];

/** A claim stating the prior year's 收入总计 (as a 情况说明 prints it). */
const priorIncome = (value: string): Claim => ({ ...MINI.disclosure.claims[0]!, subject: '收入总计', measure: 'amount', period: '上年', value, unit: '万元', written: `${value}万元` });

/** A claim stating the department's staff (as a 部门概况 does: "在职人员40人", "总编制50个"). */
const staff = (subject: '在职人数' | '编制数', value: string): Claim => ({
  ...MINI.disclosure.claims[0]!,
  subject: `人员:${subject}`,
  topic: 'profile',
  measure: 'count',
  period: '本年',
  value,
  unit: '人',
  written: `${value}人`,
});

async function put(name: string, v: Variant, claims: Claim[] = []): Promise<void> {
  const { file, analysis } = variant(v);
  ids[name] = (await store.repo.importAnalysis(file, { ...analysis, disclosure: { ...analysis.disclosure, claims } }, 'f-1')).id;
}

beforeAll(async () => {
  store = await memoryStore();
  app = createApp({ repo: store.repo, analyser: { rulesVersion: 'f-1', analyse: analyseBytes }, webRoot: false });
  await emptyStore(store.db);
  await put('a23', { department: '甲县卫生健康局', region: '甲县', year: 2023, facts: [...T01('100.00'), ...T09('4.00'), ...T03('2101101', '10.00'), ...T03('210', '50.00')] });
  await put('a24', { department: '甲县卫生健康局', region: '甲县', year: 2024, facts: [...T01('120.00'), ...T09('3.00'), ...T03('2101101', '12.50'), ...T03('210', '60.00')] }, [priorIncome('99.00'), staff('在职人数', '40'), staff('编制数', '50')]);
  await put('b24', { department: '乙县教育局', region: '乙县', year: 2024, facts: [...T01('300.00'), ...T09('9.50'), ...T03('2101101', '1.25')] }, [staff('在职人数', '200')]);
}, 120_000);
afterAll(async () => {
  await store?.close();
});

const get = async <T>(path: string): Promise<T> => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

describe('figure search', () => {
  it('finds amounts by 科目 code, with 科目 names and cells, filtered by year and region', async () => {
    const all = await get<{ items: { department: string; year: number; rowName: string; value: string; source: object }[]; understood: string[]; total: number }>('/api/figures?q=2101101');
    expect(all.understood).toEqual(['2101101 行政单位医疗']);
    expect(all.items.map((f) => [f.department, f.year, f.value])).toEqual([
      ['乙县教育局', 2024, '1.25'],
      ['甲县卫生健康局', 2024, '12.50'],
      ['甲县卫生健康局', 2023, '10.00'],
    ]);
    expect(all.items[0]).toMatchObject({ rowName: '2101101 行政单位医疗', source: { line: expect.any(Number) } });
    expect((await get<{ total: number }>('/api/figures?q=2101101&year=2023')).total).toBe(1);
    expect((await get<{ total: number }>(`/api/figures?q=2101101&region=${encodeURIComponent('乙')}`)).total).toBe(1);
  });

  it('finds amounts by 科目 name and by a key figure’s name', async () => {
    const byName = await get<{ understood: string[]; items: { row: string }[] }>(`/api/figures?q=${encodeURIComponent('行政单位医疗')}`);
    // The exact name first.
    expect(byName.understood[0]).toBe('2101101 行政单位医疗');
    expect(byName.items.map((f) => f.row)).toEqual(['2101101', '2101101', '2101101']);
    const three = await get<{ items: { table: string; column: string }[] }>(`/api/figures?q=${encodeURIComponent('三公')}`);
    expect(three.items.map((f) => f.table)).toEqual(['T09', 'T09', 'T09']);
  });
});

describe('rankings', () => {
  it('ranks departments by 三公 and by a 科目, per year and region, current versions only', async () => {
    const three = await get<{ label: string; items: { department: string; value: string; rank: number }[] }>('/api/rankings?measure=threePublic&year=2024');
    expect(three.label).toBe('“三公”经费支出');
    expect(three.items.map((r) => [r.rank, r.department, r.value])).toEqual([
      [1, '乙县教育局', '9.50'],
      [2, '甲县卫生健康局', '3.00'],
    ]);
    const subject = await get<{ label: string; items: { department: string }[] }>('/api/rankings?measure=subject&code=2101101&year=2024');
    expect(subject.label).toContain('2101101 行政单位医疗');
    expect(subject.items.map((r) => r.department)).toEqual(['甲县卫生健康局', '乙县教育局']);
    expect((await app.request('/api/rankings?measure=subject')).status).toBe(400);
  });

  it('ranks per person by the staff each 概况 states, leaving out (and counting) departments that state none', async () => {
    type Rankings = { label: string; total: number; perCapita: { label: string; withoutStaff: number } | null; items: { department: string; perCapitaYuan: string | null; staff: { count: number } | null }[] };
    const total = await get<Rankings>('/api/rankings?measure=threePublic&year=2024');
    expect(total.perCapita).toBeNull();
    expect(total.items.map((r) => [r.department, r.staff?.count ?? null, r.perCapitaYuan])).toEqual([
      ['乙县教育局', 200, null],
      ['甲县卫生健康局', 40, null],
    ]);
    // 3.00 万元 / 40 人 = 750.00 元 ranks above 9.50 万元 / 200 人 = 475.00 元.
    const inPost = await get<Rankings>('/api/rankings?measure=threePublic&year=2024&per=staffInPost');
    expect(inPost.label).toBe('“三公”经费支出（人均，按在职人数）');
    expect(inPost.perCapita).toMatchObject({ label: '在职人数', withoutStaff: 0 });
    expect(inPost.items.map((r) => [r.department, r.perCapitaYuan])).toEqual([
      ['甲县卫生健康局', '750.00'],
      ['乙县教育局', '475.00'],
    ]);
    const posts = await get<Rankings>('/api/rankings?measure=threePublic&year=2024&per=authorisedPosts');
    expect(posts.items.map((r) => [r.department, r.staff?.count, r.perCapitaYuan])).toEqual([['甲县卫生健康局', 50, '600.00']]);
    expect([posts.total, posts.perCapita?.withoutStaff]).toEqual([1, 1]);
    const csv = await (await app.request('/api/rankings.csv?measure=threePublic&year=2024&per=staffInPost')).text();
    expect(csv.split('\r\n')[0]).toContain('在职人数（人）,人均（元/人）');
    expect(csv).toContain(',40,750.00,');
    expect((await app.request('/api/rankings?measure=threePublic&per=everyone')).status).toBe(400);
  });
});

describe('a department over the years', () => {
  it('gives each year’s change from the year before, and the 上年数 it prints beside last year’s own figure', async () => {
    const deps = await get<{ items: { id: number; name: string }[] }>('/api/departments');
    const dep = deps.items.find((d) => d.name === '甲县卫生健康局')!;
    const years = await get<{ disclosures: { year: number; figures: { income?: { value: string } }; changes: { income?: { amount: string; percent: string } }; prior: { income?: { value: string; previousYear: string; agrees: boolean } } }[] }>(
      `/api/departments/${dep.id}`,
    );
    const [y23, y24] = years.disclosures;
    expect(y23!.changes).toEqual({});
    expect((y24 as unknown as { staff: Record<string, { value: string }> }).staff).toMatchObject({ staffInPost: { value: '40' }, authorisedPosts: { value: '50' } });
    expect(y24!.changes.income).toEqual({ amount: '200000', percent: '20.00' });
    expect(y24!.prior.income).toMatchObject({ value: '99.00', previousYear: '1000000', agrees: false });

    const breakdown = await get<{ years: { year: number }[]; rows: { code: string; name: string; values: ({ value: string } | null)[] }[] }>(`/api/departments/${dep.id}/breakdown?by=function&level=${encodeURIComponent('类')}`);
    expect(breakdown.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(breakdown.rows).toEqual([{ code: '210', name: '卫生健康支出', values: [expect.objectContaining({ value: '50.00' }), expect.objectContaining({ value: '60.00' })] }]);
  });
});

describe('compare', () => {
  it('names every row and orders them as printed', async () => {
    const data = await get<{ rows: { table: string; row: string; rowName: string }[]; disclosures: { figures: { threePublic?: { value: string } } }[] }>(`/api/compare?ids=${ids.a23},${ids.a24}`);
    expect(data.rows.map((r) => `${r.table} ${r.row}`)).toEqual(['T01 收入总计', 'T01 支出总计', 'T03 210', 'T03 2101101', 'T09 决算数']);
    expect(data.rows.find((r) => r.row === '210')!.rowName).toBe('210 卫生健康支出');
    expect(data.disclosures.map((d) => d.figures.threePublic?.value)).toEqual(['4.00', '3.00']);
    const csv = Buffer.from(await (await app.request(`/api/compare.csv?ids=${ids.a23},${ids.a24}`)).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('公开03 支出决算表,210 卫生健康支出,本年支出合计,50.00,万元,60.00,万元');
  });
});
