// The portal's endpoints over an in-memory PGlite store and the real pipeline.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { hasShared, corpusDocument } from '../../test/support/shared-corpus.js';
import { MINI, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import { createApp } from './app.js';

let store: Store;
let app: ReturnType<typeof createApp>;
let id: number;

beforeAll(async () => {
  store = await memoryStore();
  app = createApp({ repo: store.repo, analyser: { rulesVersion: 'test-1', analyse: analyseBytes }, webRoot: false });
  const form = new FormData();
  form.append('file', new File([Buffer.from(MINI_BYTES)], 'mini-2024.txt'));
  id = ((await (await app.request('/api/disclosures', { method: 'POST', body: form })).json()) as { id: number }).id;
  for (const v of [
    { department: '甲县医疗保障局', region: '甲县', year: 2023, errors: 2 },
    { department: '甲县医疗保障局', region: '甲县', year: 2024 },
  ]) {
    const { file, analysis } = variant(v);
    await store.repo.importAnalysis(file, analysis, 'test-1');
  }
}, 120_000);
afterAll(async () => {
  await store?.close();
});

const get = async <T>(path: string, status = 200): Promise<T> => {
  const res = await app.request(path);
  expect(res.status).toBe(status);
  return (await res.json()) as T;
};

describe('portal endpoints', () => {
  it('gives the findings without the facts', async () => {
    const body = await get<Record<string, unknown>>(`/api/disclosures/${id}/findings`);
    expect(body).toMatchObject({ id, department: '测试县示例局', findings: expect.any(Array), summary: expect.any(Object) });
    expect(body).not.toHaveProperty('facts');
    await get(`/api/disclosures/999/findings`, 404);
  });

  it('gives the tables rebuilt from the facts', async () => {
    const body = await get<{ tables: { id: string; parts: { rows: unknown[] }[] }[] }>(`/api/disclosures/${id}/tables`);
    expect(body.tables.map((t) => t.id)).toContain('T03');
    expect(body.tables.find((t) => t.id === 'T03')!.parts[0]!.rows.length).toBeGreaterThan(3);
  });

  it('shows a text source: the lines around it, the line and the cell named', async () => {
    const fact = MINI.disclosure.facts.find((f) => f.row === '收入总计')!;
    const { line: at, column } = fact.source as { line: number; column: number };
    const view = await get<{ kind: string; line: number; lines: { line: number; text: string; cells?: { text: string }[] }[] }>(`/api/disclosures/${id}/source?line=${at}&column=${column}`);
    expect(view).toMatchObject({ kind: 'text', line: at, column });
    expect(view.lines.find((l) => l.line === at)!.cells![column - 1]!.text).toBe(fact.value);
    await get(`/api/disclosures/${id}/source?line=abc`, 400);
    await get(`/api/disclosures/${id}/source?line=999999`, 404);
  });

  it('has no page images for a text file', async () => {
    await get(`/api/disclosures/${id}/pages/1`, 404);
  });

  it('gives the dashboard, errors first, filterable by region', async () => {
    const all = await get<{ departments: { name: string; errors: number; cells: { year: number }[] }[]; years: number[]; regions: string[]; counts: { disclosures: number } }>('/api/dashboard');
    expect(all.departments[0]).toMatchObject({ name: '甲县医疗保障局', errors: 2 });
    expect(all.departments[0]!.cells.map((c) => c.year)).toEqual([2023, 2024]);
    expect(all.years).toEqual([2023, 2024]);
    expect(all.regions).toEqual(expect.arrayContaining(['甲县', '测试县']));
    expect(all.counts.disclosures).toBe(3);
    const one = await get<{ departments: { name: string }[] }>(`/api/dashboard?region=${encodeURIComponent('测试县')}`);
    expect(one.departments.map((d) => d.name)).toEqual(['测试县示例局']);
    const errorsOnly = await get<{ departments: unknown[] }>('/api/dashboard?errorsOnly=true');
    expect(errorsOnly.departments).toHaveLength(1);
    await get('/api/dashboard?page=0', 400);
  });

  it('gives a department’s years with their key figures', async () => {
    const { items } = await get<{ items: { id: number; name: string }[] }>('/api/departments');
    const dep = items.find((d) => d.name === '测试县示例局')!;
    const body = await get<{ department: { name: string }; disclosures: { year: number; figures: Record<string, { value: string; unit: string }> }[] }>(`/api/departments/${dep.id}`);
    expect(body.department.name).toBe('测试县示例局');
    expect(body.disclosures[0]!.figures).toMatchObject({ income: { value: '100.00', unit: '万元' }, expenditure: { value: '100.00' }, threePublic: { value: '4.00' } });
    await get('/api/departments/99999', 404);
  });
});

describe.skipIf(!hasShared)('PDF sources', () => {
  it('renders a page to PNG (cached, with an ETag) and describes a page source with the texts in its box', async () => {
    const bytes = readFileSync(corpusDocument('putuo-ghzyj-2024-final'));
    const form = new FormData();
    form.append('file', new File([bytes], 'putuo.pdf'));
    const pdf = ((await (await app.request('/api/disclosures', { method: 'POST', body: form })).json()) as { id: number }).id;
    const res = await app.request(`/api/disclosures/${pdf}/pages/7`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect((await app.request(`/api/disclosures/${pdf}/pages/7`, { headers: { 'If-None-Match': res.headers.get('ETag')! } })).status).toBe(304);
    const missing = await get<{ error: { code: string; message: string } }>(`/api/disclosures/${pdf}/pages/999`, 404);
    expect(missing.error).toMatchObject({ code: 'page-not-found', message: expect.stringContaining('没有第 999 页') });

    const detail = await get<{ facts: { table: string; source: { page: number; bbox: number[] }; value: string }[] }>(`/api/disclosures/${pdf}`);
    const fact = detail.facts.find((f) => f.table === 'T03')!;
    const view = await get<{ kind: string; image: string; texts: string[] }>(`/api/disclosures/${pdf}/source?page=${fact.source.page}&bbox=${fact.source.bbox.join(',')}`);
    expect(view).toMatchObject({ kind: 'page', image: `/api/disclosures/${pdf}/pages/${fact.source.page}` });
    expect(view.texts.some((t) => t.endsWith(`：${fact.value}`))).toBe(true);
    // A page the file does not have is refused, not drawn as an empty box.
    const beyond = await get<{ error: { code: string } }>(`/api/disclosures/${pdf}/source?page=999&bbox=${fact.source.bbox.join(',')}`, 404);
    expect(beyond.error.code).toBe('page-not-found');
  });
});
