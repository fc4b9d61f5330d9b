// The HTTP API in process (app.request) over an in-memory PGlite store and the real pipeline.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { sha256Hex } from '../store/repository.js';
import { emptyStore, MINI, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import type { Analyser } from '../pipeline/pool.js';
import { createApp, WEB_ROOT } from './app.js';
import { isLoopback, startServer } from './index.js';
import { KIND_SPECS } from '../catalog/kinds/index.js';
import { hasControlCharacter } from './control-characters.js';

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
  store = await memoryStore();
}, 120_000);
afterAll(async () => {
  await store?.close();
});
beforeEach(async () => {
  calls = 0;
  await emptyStore(store.db);
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

  it('refuses several files in one upload whole, naming them, and stores none', async () => {
    const form = new FormData();
    form.append('file', new File([Buffer.from(MINI_BYTES)], 'a-2024.txt'));
    form.append('file', new File(['第二份'], 'b-2024.txt'));
    const res = await app().request('/api/disclosures', { method: 'POST', body: form });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect({ status: res.status, code: body.error.code }).toEqual({ status: 400, code: 'too-many-files' });
    expect(body.error.message).toContain('一次只能上传一个文件，这次收到 2 个（a-2024.txt、b-2024.txt）');
    expect(calls).toBe(0);
    expect((await store.repo.stats()).disclosures).toBe(0);
  });

  it('keeps a file name with “/” whole, as a name and never a path', async () => {
    const a = app();
    for (const name of ['2024年/甲县/mini-2024.txt', '../../etc/passwd']) {
      await emptyStore(store.db);
      const res = await a.request('/api/disclosures', upload(name, MINI_BYTES));
      expect(res.status).toBe(201);
      const { id, disclosure } = (await res.json()) as { id: number; disclosure: { fileName: string } };
      expect(disclosure.fileName).toBe(name);
      const file = await a.request(`/api/disclosures/${id}/file`);
      expect(Buffer.from(await file.arrayBuffer())).toEqual(Buffer.from(MINI_BYTES));
      // The download names it in full (encoded), with a fallback that holds no path.
      expect(file.headers.get('Content-Disposition')).toBe(`attachment; filename="juesuan-${id}${name.endsWith('.txt') ? '.txt' : ''}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    }
    // Control characters are dropped from a name; the rest stays.
    const res = await a.request('/api/disclosures', upload('mini\u0007-2024\u0000.txt', new TextEncoder().encode(`${new TextDecoder().decode(MINI_BYTES)}\n`)));
    expect(((await res.json()) as { disclosure: { fileName: string } }).disclosure.fileName).toBe('mini-2024.txt');
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

describe('security', () => {
  const ORIGIN = 'http://127.0.0.1:8080';
  const SAME = { Host: '127.0.0.1:8080', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' };

  it('refuses writes sent by another origin’s page, and stores or deletes nothing', async () => {
    const a = app();
    const evil = { Host: '127.0.0.1:8080', Origin: 'http://127.0.0.1:9999', 'Sec-Fetch-Site': 'same-site' };
    await expectError(await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES, evil)), 403, 'cross-origin');
    await expectError(await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES, { Host: '127.0.0.1:8080', Origin: 'null' })), 403, 'cross-origin');
    // An old browser without Sec-Fetch-Site still sends Origin.
    await expectError(await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES, { Host: '127.0.0.1:8080', Origin: 'http://evil.example' })), 403, 'cross-origin');
    expect(calls).toBe(0);
    const ok = await a.request('/api/disclosures', upload('mini.txt', MINI_BYTES, SAME));
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: number };
    await expectError(await a.request(`/api/disclosures/${id}`, { method: 'DELETE', headers: { ...evil, 'Sec-Fetch-Site': 'cross-site' } }), 403, 'cross-origin');
    expect(await store.repo.stats()).toMatchObject({ disclosures: 1 });
    // A program (no Origin, no Sec-Fetch-Site) is governed by the token alone.
    expect((await a.request(`/api/disclosures/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('answers CORS for reads only: a preflight for a write gets no CORS headers', async () => {
    const a = app();
    const preflight = await a.request('/api/disclosures/1', {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Method': 'DELETE' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const read = await a.request('/api/disclosures', { headers: { Origin: 'http://127.0.0.1:9999' } });
    expect(read.status).toBe(200);
    expect(read.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const readPreflight = await a.request('/api/disclosures', { method: 'OPTIONS', headers: { Origin: 'http://x.example', 'Access-Control-Request-Method': 'GET' } });
    expect(readPreflight.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD');
  });

  it('sends security headers on the API and the portal', async () => {
    for (const path of ['/api/health', '/']) {
      const res = await app().request(path);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('same-origin');
      expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('refuses to listen beyond this machine without a token', async () => {
    await expect(startServer({ store, host: '0.0.0.0', port: 0, webRoot: false, analyser })).rejects.toMatchObject({ code: 'token-required' });
    const server = await startServer({ store, host: '0.0.0.0', port: 0, webRoot: false, analyser, token: 't' });
    await server.close();
    expect(isLoopback('127.0.0.1') && isLoopback('localhost') && isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0') || isLoopback('192.168.1.2') || isLoopback('::')).toBe(false);
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

  it('refuses a control character in any text parameter with 400, a Chinese message and one short log line', async () => {
    const a = app();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const urls = [
        '/api/search?q=%00abc',
        '/api/disclosures?department=%00',
        '/api/disclosures?region=%E7%94%B2%01',
        '/api/disclosures?failedRule=T03%0A-01',
        '/api/disclosures?region=%C2%85',
        '/api/disclosures?%00=1',
        '/api/figures?q=%7F2101501',
        '/api/departments?region=%00',
        '/api/dashboard?region=%1F',
        '/api/aggregates?groupBy=department&row=%00',
        '/api/facts.csv?row=%00',
        '/api/search%00',
      ];
      for (const url of urls) {
        const res = await a.request(url);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect({ url, status: res.status, code: body.error.code }).toEqual({ url, status: 400, code: 'bad-query' });
        expect(body.error.message).toMatch(/含有控制字符（U\+00[0-9A-F]{2}）/);
      }
      expect(warn).toHaveBeenCalledTimes(urls.length);
      for (const [line] of warn.mock.calls) {
        expect(String(line)).toMatch(/^juesuan: 400 GET \S+: .+ contains a control character U\+00[0-9A-F]{2}$/);
        expect(hasControlCharacter(String(line))).toBe(false);
        expect(String(line)).not.toMatch(/select|from |where /i);
      }
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
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

  it('streams the facts of many disclosures as CSV, with a datapackage over them', async () => {
    await seed();
    const res = await app().request('/api/facts.csv?table=T03&row=21015');
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFdisclosure_id,')).toBe(true);
    expect(lines).toHaveLength(1 + 3 + MINI.disclosure.facts.filter((f) => f.table === 'T03' && f.row === '21015').length);
    const pkg = (await (await app().request('http://localhost/api/datapackage.json?region=%E7%94%B2%E5%8E%BF')).json()) as { resources: { path: string }[]; fiscalPeriod: object };
    expect(pkg.resources[0]!.path).toBe('http://localhost/api/facts.csv?region=%E7%94%B2%E5%8E%BF');
    expect(pkg.fiscalPeriod).toEqual({ start: '2023-01-01', end: '2024-12-31' });
  });
});

describe('description and portal', () => {
  it('describes every route in OpenAPI 3.1, and nothing else', async () => {
    const spec = (await (await app().request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, object> };
    expect(spec.openapi).toBe('3.1.0');
    const routes = new Set(
      app()
        .routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.path !== '/api/openapi.json')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const described = new Set(Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...described].sort()).toEqual([...routes].sort());
  });

  it('names tables, key figures, rule families and severities in one catalog, and lists the rules', async () => {
    const catalog = (await (await app().request('/api/catalog')).json()) as {
      tables: { id: string; label: string; shortName: string; columns: { key: string; label: string }[] }[];
      keyFigures: { key: string; label: string }[];
      families: { id: string; label: string; basis: string; fix: string }[];
      severities: { id: string; label: string }[];
      kinds: { family: string; documentKinds: string[]; tables: string[]; required: string[]; regional: { regions: string[]; tables: string[] }[] }[];
      readStatuses: { id: string; label: string }[];
      auditStatuses: { id: string; label: string }[];
    };
    // Every table of every kind the catalog describes (src/catalog/kinds), in the templates' order.
    expect(catalog.kinds.map((k) => k.family)).toEqual(KIND_SPECS.map((k) => k.family));
    expect(catalog.tables.map((t) => t.id)).toEqual(KIND_SPECS.flatMap((k) => k.tables.map((t) => t.id)));
    expect(catalog.kinds.map((k) => k.tables.join(' '))).toEqual(['T01 T02 T03 T04 T05 T06 T07 T08 T09 T10', 'B01 B02 B03 B04 B05 B06 B07 B08 B09 B10 B11 B12 B13']);
    const finalAccounts = catalog.kinds.find((k) => k.documentKinds.includes('部门决算'))!;
    expect(finalAccounts.required).not.toContain('T10');
    expect(finalAccounts.regional.flatMap((p) => p.tables)).toContain('T10');
    expect(catalog.readStatuses).toEqual([
      { id: 'complete', label: '已完整读取' },
      { id: 'partial', label: '部分未能读取' },
      { id: 'unread', label: '未能读取' },
      { id: 'empty', label: '空表' },
    ]);
    expect(catalog.auditStatuses.find((s) => s.id === 'incomplete')?.label).toBe('读取不完整');
    expect(catalog.tables[2]).toMatchObject({ label: '公开03', shortName: '支出决算表' });
    expect(catalog.tables[2]!.columns.map((c) => c.label)).toContain('基本支出');
    expect(catalog.keyFigures.map((k) => k.label)).toContain('收入总计');
    expect(catalog.severities.map((s) => s.label)).toEqual(['错误', '警告', '提示']);
    // Every family has words for a reviewer; none is an opaque id.
    for (const f of catalog.families) expect([f.label, f.basis, f.fix].every((t) => HAN.test(t)), f.id).toBe(true);
    expect(catalog.families.find((f) => f.id === 'internal')!.label).not.toBe('内部');

    const rules = (await (await app().request('/api/rules')).json()) as { items: { id: string; title: string; description?: string; basis?: string; fix?: string }[] };
    expect(rules.items.length).toBeGreaterThan(50);
    expect(new Set(rules.items.map((r) => r.id)).size).toBe(rules.items.length);
    for (const r of rules.items) expect(r.title, r.id).toMatch(HAN);
    expect(rules.items.find((r) => r.id === 'M-01')).toMatchObject({ description: expect.stringMatching(HAN), basis: expect.stringMatching(HAN), fix: expect.stringMatching(HAN) });
  });

  it('answers a browser’s unknown path with a Chinese page, and a portal route typed without # with a redirect', async () => {
    const a = createApp({ repo: store.repo, analyser, webRoot: WEB_ROOT });
    const missing = await a.request('/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toContain('text/html');
    expect(await missing.text()).toContain('<title>没有这个页面 · 决算通</title>');
    const route = await a.request('/d/7?page=2');
    expect(route.status).toBe(302);
    expect(route.headers.get('Location')).toBe('/#/d/7?page=2');
    await expectError(await a.request('/api/no-such'), 404, 'not-found');
  });

  it('serves the portal page at /', async () => {
    const res = await createApp({ repo: store.repo, analyser, webRoot: WEB_ROOT }).request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('决算通');
    expect(html).toContain('/api/disclosures');
  });
});
