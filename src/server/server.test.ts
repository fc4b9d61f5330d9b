// The HTTP API in process (app.request) over an in-memory PGlite store and the real pipeline.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open.js';
import { sha256Hex } from '../store/repository.js';
import { MINI, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import type { Analyser } from '../pipeline/pool.js';
import { createApp, WEB_ROOT } from './app.js';
import { OPENAPI } from './openapi.js';

const HAN = /[\u4e00-\u9fff]/;

let store: Store;
let calls = 0;
const analyser: Analyser = {
  rulesVersion: 'test-1',
  analyse: async (name, bytes) => {
    calls++;
    await new Promise((r) => setTimeout(r, 20)); // let concurrent uploads overlap
    return analyseBytes(name, bytes);
  },
};

// Creating a PGlite database (initdb in WebAssembly) takes seconds, more on a busy machine.
beforeAll(async () => {
  store = await openStore();
}, 120_000);
afterAll(async () => {
  await store?.close();
});
beforeEach(async () => {
  calls = 0;
  await sql`truncate files, departments, disclosures, disclosure_contents, disclosure_tables, facts, findings restart identity cascade`.execute(store.db);
});

const app = (options: { token?: string; maxUploadBytes?: number } = {}) => createApp({ repo: store.repo, analyser, driver: store.driver, ...options });

function upload(name: string, bytes: Uint8Array | string, headers: Record<string, string> = {}, field = 'file'): RequestInit {
  const form = new FormData();
  form.append(field, new File([typeof bytes === 'string' ? bytes : Buffer.from(bytes)], name));
  return { method: 'POST', body: form, headers };
}

async function expectError(res: Response, status: number, code: string): Promise<void> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect({ status: res.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.message).toMatch(HAN);
}

async function seed(): Promise<number[]> {
  const docs = [
    variant({ department: '甲县医疗保障局', region: '甲县', year: 2023, facts: [{ table: 'T03', row: '21015', column: '本年支出合计', value: '0.10', unit: '万元' }] }),
    variant({ department: '甲县医疗保障局', region: '甲县', year: 2024, errors: 2, facts: [{ table: 'T03', row: '21015', column: '本年支出合计', value: '0.20', unit: '万元' }] }),
    variant({ department: '乙县财政局', region: '乙县', year: 2024, kind: '单位决算', facts: [{ table: 'T03', row: '21015', column: '本年支出合计', value: '0.01', unit: '元' }] }),
  ];
  const ids = [];
  for (const { file, analysis } of docs) ids.push((await store.repo.importAnalysis(file, analysis, 'test-1')).id);
  return ids;
}

describe('POST /api/disclosures', () => {
  it('reads, audits and stores an upload; the same file again gives the same id and stores nothing', async () => {
    const a = app();
    const first = await a.request('/api/disclosures', upload('mini-2024.txt', MINI_BYTES));
    expect(first.status).toBe(201);
    const body = (await first.json()) as { id: number; created: boolean; sha256: string; disclosure: { department: string; errors: number } };
    expect(body).toMatchObject({ created: true, sha256: sha256Hex(MINI_BYTES), disclosure: { department: '测试县示例局', errors: MINI.summary.errors } });
    expect(first.headers.get('Location')).toBe(`/api/disclosures/${body.id}`);

    const again = await a.request('/api/disclosures', upload('renamed.txt', MINI_BYTES));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: body.id, created: false });
    expect(calls).toBe(1);
    expect(await store.repo.stats()).toMatchObject({ disclosures: 1, files: 1 });
  });

  it('stores concurrent uploads of the same file once, analysing it once', async () => {
    const a = app();
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => a.request('/api/disclosures', upload(`copy-${i}.txt`, MINI_BYTES))));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { id: number; created: boolean }[];
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(calls).toBe(1);
    expect(await store.repo.stats()).toMatchObject({ disclosures: 1, files: 1 });
  });

  it('refuses a file of an unsupported type, judged by content not by name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    await expectError(await app().request('/api/disclosures', upload('report.txt', png)), 415, 'unsupported-format');
    const binary = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    await expectError(await app().request('/api/disclosures', upload('data.txt', binary)), 415, 'unsupported-format');
  });

  it('refuses a broken file with a Chinese message and a machine code', async () => {
    await expectError(await app().request('/api/disclosures', upload('empty.txt', '')), 400, 'empty-file');
    await expectError(await app().request('/api/disclosures', upload('note.txt', '你好，这是一封普通的信。\n今天天气很好。\n')), 422, 'not-a-disclosure');
    const truncated = new TextDecoder().decode(MINI_BYTES).split('\n').slice(0, 40).join('\n');
    const res = await app().request('/api/disclosures', upload('cut.txt', truncated));
    expect([400, 422]).toContain(res.status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(['truncated-document', 'not-a-disclosure']).toContain(body.error.code);
    expect(body.error.message).toMatch(HAN);
    expect(await store.repo.stats()).toMatchObject({ disclosures: 0, files: 0 });
  });

  it('refuses a broken PDF without storing it', async () => {
    const res = await app().request('/api/disclosures', upload('broken.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(HAN);
    expect(await store.repo.stats()).toMatchObject({ files: 0 });
  });

  it('answers 422 when a reader fails on a corrupt file without an InputError', async () => {
    const crashing = createApp({ repo: store.repo, analyser: { rulesVersion: 'x', analyse: () => Promise.reject(new TypeError('bad xref')) } });
    const quiet = console.error;
    console.error = () => {};
    try {
      await expectError(await crashing.request('/api/disclosures', upload('bad.pdf', '%PDF-1.4 broken')), 422, 'unprocessable-file');
    } finally {
      console.error = quiet;
    }
  });

  it('refuses an upload over the size limit, by Content-Length or by the file itself', async () => {
    const small = app({ maxUploadBytes: 1024 });
    await expectError(await small.request('/api/disclosures', upload('mini-2024.txt', MINI_BYTES)), 413, 'file-too-large');
    const tiny = app({ maxUploadBytes: 100 });
    const form = upload('x.txt', 'x'.repeat(500));
    await expectError(await tiny.request('/api/disclosures', form), 413, 'file-too-large');
    expect(calls).toBe(0);
  });

  it('asks for a file in a multipart body', async () => {
    await expectError(await app().request('/api/disclosures', upload('a.txt', MINI_BYTES, {}, 'document')), 400, 'missing-file');
    await expectError(await app().request('/api/disclosures', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }), 400, 'not-multipart');
  });

  it('needs the bearer token for writes when one is configured; reads stay public', async () => {
    const a = app({ token: 's3cret' });
    await expectError(await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES)), 401, 'unauthorized');
    await expectError(await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES, { Authorization: 'Bearer wrong' })), 401, 'unauthorized');
    const ok = await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES, { Authorization: 'Bearer s3cret' }));
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: number };
    expect((await a.request('/api/disclosures')).status).toBe(200);
    expect((await a.request(`/api/disclosures/${id}`)).status).toBe(200);
    await expectError(await a.request(`/api/disclosures/${id}`, { method: 'DELETE' }), 401, 'unauthorized');
    await expectError(await a.request('/api/reaudit', { method: 'POST' }), 401, 'unauthorized');
    expect((await a.request(`/api/disclosures/${id}`, { method: 'DELETE', headers: { Authorization: 'Bearer s3cret' } })).status).toBe(204);
  });
});

describe('reading', () => {
  it('lists with filters and paging', async () => {
    await seed();
    const a = app();
    const all = (await (await a.request('/api/disclosures')).json()) as { total: number; items: { department: string; year: number }[]; page: number; pageSize: number };
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    const get = async (query: string) => ((await (await a.request(`/api/disclosures?${query}`)).json()) as { total: number; items: { department: string; year: number }[] });
    expect((await get('region=甲县')).total).toBe(2);
    expect((await get(`department=${encodeURIComponent('财政')}`)).items.map((d) => d.department)).toEqual(['乙县财政局']);
    expect((await get('year=2023')).items.map((d) => d.year)).toEqual([2023]);
    expect((await get(`kind=${encodeURIComponent('单位决算')}`)).total).toBe(1);
    expect((await get('hasErrors=true')).items.map((d) => [d.department, d.year])).toEqual([['甲县医疗保障局', 2024]]);
    expect((await get('hasErrors=false')).total).toBe(2);
    const page = await get('page=2&pageSize=2');
    expect(page).toMatchObject({ total: 3, items: [{ year: 2023 }] });
  });

  it('rejects bad query parameters with 400', async () => {
    const a = app();
    await expectError(await a.request('/api/disclosures?year=abc'), 400, 'bad-query');
    await expectError(await a.request('/api/disclosures?pageSize=1000'), 400, 'bad-query');
    await expectError(await a.request('/api/disclosures?kind=预算'), 400, 'bad-query');
    await expectError(await a.request('/api/disclosures?hasErrors=maybe'), 400, 'bad-query');
    await expectError(await a.request('/api/aggregates?groupBy=planet'), 400, 'bad-query');
    await expectError(await a.request('/api/search'), 400, 'bad-query');
    await expectError(await a.request('/api/compare?ids=1,x'), 400, 'bad-query');
  });

  it('gives one disclosure with tables, facts and findings; 404 and 400 otherwise', async () => {
    const { id } = await store.repo.importAnalysis({ name: 'mini.txt', bytes: MINI_BYTES }, MINI, 'test-1');
    const res = await app().request(`/api/disclosures/${id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id, department: '测试县示例局', year: 2024, rulesVersion: 'test-1' });
    // every part of the Disclosure (document, tables, facts, sections, claims, performance, and any other) comes back
    for (const [part, value] of Object.entries(MINI.disclosure)) expect(body[part], part).toEqual(value);
    expect(body.findings).toEqual(MINI.findings);
    expect(body.summary).toEqual(MINI.summary);
    await expectError(await app().request('/api/disclosures/999'), 404, 'not-found');
    await expectError(await app().request('/api/disclosures/abc'), 400, 'bad-id');
    await expectError(await app().request('/api/nothing-here'), 404, 'not-found');
  });

  it('aggregates exactly by code, department and year', async () => {
    await seed();
    const res = await app().request(`/api/aggregates?table=T03&row=21015&column=${encodeURIComponent('本年支出合计')}&groupBy=department,year`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      groupBy: ['department', 'year'],
      groups: [
        { key: { department: '乙县财政局', year: 2024 }, facts: 1, disclosures: 1, value: '0.01', unit: '元', yuan: '0.01' },
        { key: { department: '甲县医疗保障局', year: 2023 }, facts: 1, disclosures: 1, value: '0.10', unit: '万元', yuan: '1000' },
        { key: { department: '甲县医疗保障局', year: 2024 }, facts: 1, disclosures: 1, value: '0.20', unit: '万元', yuan: '2000' },
      ],
    });
    const total = (await (await app().request('/api/aggregates?table=T03&row=21015')).json()) as { groups: { yuan: string; value: string | null }[] };
    expect(total.groups).toEqual([expect.objectContaining({ yuan: '3000.01', value: null })]);
  });

  it('compares disclosures, searches and lists departments', async () => {
    const ids = await seed();
    const compare = (await (await app().request(`/api/compare?ids=${ids[0]},${ids[1]}`)).json()) as { disclosures: unknown[]; rows: { values: Record<string, { value: string }> }[] };
    expect(compare.disclosures).toHaveLength(2);
    expect(compare.rows[0]!.values[String(ids[0])]!.value).toBe('0.10');
    await expectError(await app().request(`/api/compare?ids=${ids[0]},999`), 404, 'not-found');

    const search = (await (await app().request(`/api/search?q=${encodeURIComponent('财政局')}`)).json()) as { total: number; items: { matches: string[] }[] };
    expect(search).toMatchObject({ total: 1, items: [{ matches: ['department'] }] });
    const byCode = (await (await app().request('/api/search?q=21015&limit=1')).json()) as { total: number; items: unknown[] };
    expect(byCode.total).toBe(3);
    expect(byCode.items).toHaveLength(1);

    const departments = (await (await app().request(`/api/departments?region=${encodeURIComponent('甲县')}`)).json()) as { items: { name: string; years: number[] }[] };
    expect(departments.items).toEqual([expect.objectContaining({ name: '甲县医疗保障局', years: [2023, 2024], errors: 2 })]);
  });

  it('reports health with the rules version and the number of stale disclosures', async () => {
    await store.repo.importAnalysis({ name: 'mini.txt', bytes: MINI_BYTES }, MINI, 'older');
    expect(await (await app().request('/api/health')).json()).toMatchObject({ status: 'ok', driver: 'pglite', rulesVersion: 'test-1', staleDisclosures: 1, disclosures: 1 });
  });

  it('re-audits stored files under the current rules', async () => {
    const { id } = await store.repo.importAnalysis({ name: 'mini.txt', bytes: MINI_BYTES }, variant({ errors: 5 }).analysis, 'older');
    const res = await app().request('/api/reaudit', { method: 'POST' });
    expect(await res.json()).toEqual({ rulesVersion: 'test-1', checked: 1, updated: 1, failed: [] });
    expect(await store.repo.summary(id)).toMatchObject({ rulesVersion: 'test-1', errors: MINI.summary.errors });
    expect(await (await app().request('/api/reaudit?force=true', { method: 'POST' })).json()).toMatchObject({ checked: 1, updated: 1 });
  });
});

describe('exports', () => {
  let id: number;
  beforeEach(async () => {
    ({ id } = await store.repo.importAnalysis({ name: '测试县示例局2024.txt', bytes: MINI_BYTES }, MINI, 'test-1'));
  });

  it('gives the original file back byte for byte', async () => {
    const res = await app().request(`/api/disclosures/${id}/file`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(MINI_BYTES))).toBe(true);
    expect(res.headers.get('Content-Disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('测试县示例局2024.txt')}`);
    expect(res.headers.get('ETag')).toBe(`"${sha256Hex(MINI_BYTES)}"`);
  });

  it('exports facts and findings as CSV', async () => {
    const res = await app().request(`/api/disclosures/${id}/facts.csv`);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('disclosure_id,department,region,year,table,row,column,value,unit,yuan,source');
    expect(lines).toHaveLength(MINI.disclosure.facts.length + 1);
    const fact = MINI.disclosure.facts[0]!;
    expect(lines[1]).toContain(`,${fact.table},${fact.row},${fact.column},${fact.value},${fact.unit},${fact.yuan ?? ''},`);
    const findings = (await (await app().request(`/api/disclosures/${id}/findings.csv`)).text()).trimEnd().split('\r\n');
    expect(findings[0]).toBe('disclosure_id,rule,family,severity,message,location,expected,actual,difference,tolerance,sources,also_reported_by');
    expect(findings).toHaveLength(MINI.findings.length + 1);
  });

  it('exports a workbook with exact numbers', async () => {
    const res = await app().request(`/api/disclosures/${id}/export.xlsx`);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '数字', '审核发现', '表格']);
    const facts = wb.getWorksheet('数字')!;
    expect(facts.rowCount).toBe(MINI.disclosure.facts.length + 1);
    const first = MINI.disclosure.facts[0]!;
    expect(facts.getRow(2).getCell(4).value).toBe(Number(first.value));
    expect(String(facts.getRow(2).getCell(6).value)).toBe(first.yuan);
    expect(wb.getWorksheet('概况')!.getRow(2).getCell(2).value).toBe('测试县示例局');
  });

  it('exports JSON and a Fiscal Data Package', async () => {
    const json = await app().request(`/api/disclosures/${id}/export.json`);
    expect(json.headers.get('Content-Disposition')).toMatch(/^attachment/);
    expect(((await json.json()) as { facts: unknown[] }).facts).toEqual(MINI.disclosure.facts);

    const pkg = (await (await app().request(`/api/disclosures/${id}/datapackage.json`)).json()) as {
      profile: string;
      name: string;
      resources: { path: string; schema: { fields: { name: string }[] } }[];
      model: { measures: Record<string, { source: string; currency: string }>; dimensions: Record<string, { attributes: Record<string, { source: string }>; primaryKey: string[] }> };
    };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(pkg.resources[0]!.path).toBe('facts.csv');
    const fields = pkg.resources[0]!.schema.fields.map((f) => f.name);
    expect(pkg.model.measures.amount).toMatchObject({ source: 'yuan', currency: 'CNY' });
    for (const dim of Object.values(pkg.model.dimensions)) {
      for (const attr of Object.values(dim.attributes)) expect(fields).toContain(attr.source);
    }
    // the resource resolves next to the descriptor
    const csv = await app().request(new URL(pkg.resources[0]!.path, `http://x/api/disclosures/${id}/datapackage.json`).pathname);
    expect((await csv.text()).split('\r\n')[0]!.split(',')).toEqual(fields);
  });

  it('streams the facts of many disclosures as CSV, with a datapackage over them', async () => {
    await seed();
    const res = await app().request('/api/facts.csv?table=T03&row=21015');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3 + MINI.disclosure.facts.filter((f) => f.table === 'T03' && f.row === '21015').length);
    const pkg = (await (await app().request('http://localhost/api/datapackage.json?region=%E7%94%B2%E5%8E%BF')).json()) as { resources: { path: string }[]; fiscalPeriod: object };
    expect(pkg.resources[0]!.path).toBe('http://localhost/api/facts.csv?region=%E7%94%B2%E5%8E%BF');
    expect(pkg.fiscalPeriod).toEqual({ start: '2023-01-01', end: '2024-12-31' });
  });
});

describe('description and portal', () => {
  it('describes every route in OpenAPI 3.1, and nothing else', async () => {
    const spec = (await (await app().request('/api/openapi.json')).json()) as typeof OPENAPI;
    expect(spec.openapi).toBe('3.1.0');
    const routes = new Set(
      app()
        .routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const described = new Set(Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...described].sort()).toEqual([...routes].sort());
  });

  it('serves the portal page at /', async () => {
    const res = await createApp({ repo: store.repo, analyser, webRoot: WEB_ROOT }).request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('决算通');
    expect(html).toContain('/api/disclosures');
  });
});
