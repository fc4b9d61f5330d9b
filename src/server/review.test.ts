// The review workflow over the API: marks on findings that survive a re-audit, the review letter, the dashboard's
// failed rules and completeness, and the list filters its counts link to.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBytes } from '../read/index.js';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { emptyStore, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import type { Analyser } from '../pipeline/pool.js';
import { createApp } from './app.js';

let store: Store;
const analyser: Analyser = { rulesVersion: 'review-1', analyse: analyseBytes };
beforeAll(async () => {
  store = await memoryStore();
}, 120_000);
afterAll(async () => {
  await store?.close();
});
beforeEach(async () => {
  await emptyStore(store.db);
});

const app = () => createApp({ repo: store.repo, analyser, webRoot: false });
const json = (method: string, body?: unknown): RequestInit => ({ method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

interface FindingView {
  key: string;
  rule: string;
  severity: string;
  review: { status: string; comment: string; reviewer: string; reviewedAt: string } | null;
  unit: string | null;
  shown: { expected?: string; actual?: string; tolerance?: string };
}

async function withErrors(): Promise<number> {
  const { file, analysis } = variant({ department: '甲县审计局', region: '甲县', year: 2024, errors: 2 });
  return (await store.repo.importAnalysis(file, analysis, 'review-1')).id;
}

describe('marks on findings', () => {
  it('marks a finding 确认 / 误报 / 已整改 with a comment, who and when; the mark can be removed', async () => {
    const id = await withErrors();
    const a = app();
    const view = (await (await a.request(`/api/disclosures/${id}/findings`)).json()) as { findings: FindingView[] };
    const [f] = view.findings;
    expect(f).toMatchObject({ review: null, unit: '万元', shown: { expected: '106.97 万元', actual: '106.98 万元', tolerance: '±0.01 万元' } });
    const put = await a.request(`/api/disclosures/${id}/findings/${f!.key}/review`, json('PUT', { status: 'confirmed', comment: '已与单位核实', reviewer: '张审核' }));
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ status: 'confirmed', comment: '已与单位核实', reviewer: '张审核', reviewedAt: expect.stringMatching(/^\d{4}-/) });
    const again = (await (await a.request(`/api/disclosures/${id}/findings`)).json()) as { findings: FindingView[] };
    expect(again.findings.find((x) => x.key === f!.key)?.review).toMatchObject({ status: 'confirmed', reviewer: '张审核' });

    expect((await a.request(`/api/disclosures/${id}/findings/${f!.key}/review`, json('DELETE'))).status).toBe(204);
    expect((await a.request(`/api/disclosures/${id}/findings/${f!.key}/review`, json('DELETE'))).status).toBe(404);
  });

  it('refuses a bad mark: unknown status, no reviewer, a finding the disclosure does not have, a foreign page', async () => {
    const id = await withErrors();
    const a = app();
    const key = ((await (await a.request(`/api/disclosures/${id}/findings`)).json()) as { findings: FindingView[] }).findings[0]!.key;
    const bad = await a.request(`/api/disclosures/${id}/findings/${key}/review`, json('PUT', { status: 'maybe', reviewer: '张' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'bad-body', message: expect.stringContaining('status') });
    expect((await a.request(`/api/disclosures/${id}/findings/${key}/review`, json('PUT', { status: 'fixed', reviewer: '' }))).status).toBe(400);
    // A control character in the text: 400 with words and one log line; a comment may still span lines.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const body of [{ status: 'fixed', reviewer: '张\u0000' }, { status: 'fixed', reviewer: '张', comment: '已改\u0007' }]) {
        const res = await a.request(`/api/disclosures/${id}/findings/${key}/review`, json('PUT', body));
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'bad-body', message: expect.stringContaining('控制字符') });
      }
      expect(warn).toHaveBeenCalledTimes(2);
      expect(String(warn.mock.calls[0]![0])).toMatch(/^juesuan: 400 PUT \S+: body field "reviewer" contains a control character$/);
    } finally {
      warn.mockRestore();
    }
    const lines = await a.request(`/api/disclosures/${id}/findings/${key}/review`, json('PUT', { status: 'fixed', reviewer: '张', comment: '第一行\n第二行\t完' }));
    expect(lines.status).toBe(200);
    const missing = await a.request(`/api/disclosures/${id}/findings/${'0'.repeat(20)}/review`, json('PUT', { status: 'fixed', reviewer: '张' }));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('finding-not-found');
    const foreign = await a.request(`/api/disclosures/${id}/findings/${key}/review`, {
      ...json('PUT', { status: 'fixed', reviewer: '张' }),
      headers: { 'Content-Type': 'application/json', Host: '127.0.0.1:8080', Origin: 'http://127.0.0.1:9000', 'Sec-Fetch-Site': 'same-site' },
    });
    expect(foreign.status).toBe(403);
  });

  it('keeps a mark through a re-audit while the finding stays the same', async () => {
    const a = app();
    // The mini document with one figure changed, so that it has findings.
    const text = new TextDecoder().decode(MINI_BYTES).replace('100.00', '100.50');
    const form = new FormData();
    form.append('file', new File([text], 'mini-2024.txt'));
    const { id } = (await (await a.request('/api/disclosures', { method: 'POST', body: form })).json()) as { id: number };
    const findings = ((await (await a.request(`/api/disclosures/${id}/findings`)).json()) as { findings: FindingView[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    const target = findings[findings.length - 1]!;
    await a.request(`/api/disclosures/${id}/findings/${target.key}/review`, json('PUT', { status: 'false-positive', comment: '原文如此', reviewer: '李' }));
    // A new rules version: everything is read and audited again, the findings stored anew (in whatever order).
    const newer = createApp({ repo: store.repo, analyser: { rulesVersion: 'review-2', analyse: analyseBytes }, webRoot: false });
    expect(await (await newer.request('/api/reaudit', { method: 'POST' })).json()).toMatchObject({ updated: 1, rulesVersion: 'review-2' });
    const after = ((await (await newer.request(`/api/disclosures/${id}/findings`)).json()) as { findings: FindingView[] }).findings;
    expect(after.find((f) => f.key === target.key)?.review).toMatchObject({ status: 'false-positive', comment: '原文如此', reviewer: '李' });
  });
});

describe('审核意见书', () => {
  it('writes the letter as DOCX: findings by severity with location, basis, fix and the reviewer’s comment; 误报 left out', async () => {
    const id = await withErrors();
    const a = app();
    const [first, second] = ((await (await a.request(`/api/disclosures/${id}/findings`)).json()) as { findings: FindingView[] }).findings;
    await a.request(`/api/disclosures/${id}/findings/${first!.key}/review`, json('PUT', { status: 'confirmed', comment: '请按财务报表改正合计', reviewer: '王审核' }));
    await a.request(`/api/disclosures/${id}/findings/${second!.key}/review`, json('PUT', { status: 'false-positive', comment: '', reviewer: '王审核' }));
    const res = await a.request(`/api/disclosures/${id}/review-letter.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toContain(encodeURIComponent('审核意见书'));
    const layout = await readBytes('letter.docx', new Uint8Array(await res.arrayBuffer()));
    const text = layout.blocks.map((b) => (b.kind === 'line' ? b.text : '')).join('\n');
    expect(text).toContain('关于甲县审计局2024年度部门决算公开的审核意见');
    expect(text).toContain('一、错误（1 条）');
    expect(text).toContain('公开03 支出决算表 · 21015 · 本年支出合计');
    expect(text).toContain('应为 106.97 万元，实为 106.98 万元');
    expect(text).toContain('确认：请按财务报表改正合计（王审核');
    expect(text).toMatch(/依据：.+/);
    expect(text).toMatch(/改正：.+/);
    expect(text).toContain('经审核人核实为误报的 1 条，不列入本意见');
    expect(text).toContain('审核人：王审核');
  });
});

describe('dashboard and the list it links to', () => {
  it('counts the most frequently failed rules and what is missing, and the list filters by them', async () => {
    await withErrors();
    const { file, analysis } = variant({ department: '乙县审计局', region: '乙县', year: 2024 });
    const partial = { ...analysis, disclosure: { ...analysis.disclosure, document: { ...analysis.disclosure.document, tables: analysis.disclosure.document.tables.filter((t) => t !== 'T07') } } };
    await store.repo.importAnalysis(file, partial, 'review-1');
    const a = app();
    const dash = (await (await a.request('/api/dashboard')).json()) as {
      topRules: { rule: string; disclosures: number }[];
      completeness: { disclosures: number; tables: { table: string; missing: number }[]; topics: { topic: string; missing: number }[] };
    };
    expect(dash.topRules).toEqual([{ rule: 'T03.row-sum', title: 'T03.row-sum', disclosures: 1 }]);
    expect(dash.completeness.disclosures).toBe(2);
    expect(dash.completeness.tables.find((t) => t.table === 'T07')?.missing).toBe(1);
    const list = async (q: string) => ((await (await a.request(`/api/disclosures?${q}`)).json()) as { items: { department: string }[] }).items.map((d) => d.department);
    expect(await list('failedRule=T03.row-sum')).toEqual(['甲县审计局']);
    expect(await list('missingTable=T07')).toEqual(['乙县审计局']);
    expect(await list('status=errors')).toEqual(['甲县审计局']);
    expect(await list('status=clean')).toEqual(['乙县审计局']);
    expect(await list(`region=${encodeURIComponent('乙')}`)).toEqual(['乙县审计局']);

    const bytes = Buffer.from(await (await a.request('/api/dashboard.csv')).arrayBuffer());
    // The byte-order mark Excel and WPS need to take the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('部门,地区,年度')).toBe(true);
    expect(csv).toContain('乙县审计局,乙县,2024,部门决算,通过,0,0,0,,公开07,');
  });

  it('never counts a document with unread numbers as passing: its own status, count, filter, cell and letter', async () => {
    const { file, analysis } = variant({ department: '丙县审计局', region: '丙县', year: 2024, unread: { table: 'T03', texts: ['12.30', '4.56'] } });
    const { id } = await store.repo.importAnalysis(file, analysis, 'review-1');
    const clean = variant({ department: '丁县审计局', region: '丁县', year: 2024 });
    await store.repo.importAnalysis(clean.file, clean.analysis, 'review-1');
    const a = app();
    const dash = (await (await a.request('/api/dashboard')).json()) as {
      counts: { disclosures: number; withErrors: number; incomplete: number; withWarnings: number; clean: number };
      departments: { name: string; cells: { status: string }[] }[];
    };
    expect(dash.counts).toEqual({ disclosures: 2, withErrors: 0, incomplete: 1, withWarnings: 0, clean: 1 });
    expect(dash.departments.find((d) => d.name === '丙县审计局')?.cells.map((c) => c.status)).toEqual(['incomplete']);
    const list = async (q: string) =>
      ((await (await a.request(`/api/disclosures?${q}`)).json()) as { items: { department: string; status: string; reading: { complete: boolean; unreadNumbers: number } }[] }).items;
    expect((await list('status=clean')).map((d) => d.department)).toEqual(['丁县审计局']);
    const [incomplete] = await list('status=incomplete');
    expect(incomplete).toMatchObject({ department: '丙县审计局', status: 'incomplete', reading: { complete: false, unreadNumbers: 2 } });
    const csv = Buffer.from(await (await a.request('/api/dashboard.csv')).arrayBuffer()).subarray(3).toString('utf8');
    expect(csv).toContain('丙县审计局,丙县,2024,部门决算,读取不完整,0,0,0,公开03,');

    // The tables view lists each unread number with its source.
    const tables = (await (await a.request(`/api/disclosures/${id}/tables`)).json()) as { tables: { id: string; reading?: { status: string; unread: { text: string; source: unknown }[] } }[] };
    expect(tables.tables.find((t) => t.id === 'T03')?.reading).toMatchObject({ status: 'partial', unread: [{ text: '12.30', source: { line: 900 } }, { text: '4.56', source: { line: 901 } }] });

    const letter = await a.request(`/api/disclosures/${id}/review-letter.docx`);
    const layout = await readBytes('letter.docx', new Uint8Array(await letter.arrayBuffer()));
    const text = layout.blocks.map((b) => (b.kind === 'line' ? b.text : '')).join('\n');
    expect(text).not.toContain('未发现需要改正的错误或警告。');
    expect(text).toContain('审核不完整：公开03 支出决算表共有 2 个数字未能读取');
  });
});
