// The source viewer of a disclosure published in two files: a source names its file, and the viewer opens that file.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { budgetPackage, EXPLANATION_TEXT, tablesText } from '../../test/support/budget-package.js';
import { emptyStore } from '../../test/support/store-fixtures.js';
import { createApp } from './app.js';

const { tables, explanation } = budgetPackage();
const ANALYSES = { 'tables.txt': tables, 'explanation.txt': explanation };
const TABLES_TEXT = tablesText(tables);

let store: Store;
beforeAll(async () => {
  store = await memoryStore();
}, 120_000);
afterAll(async () => {
  await store?.close();
});
beforeEach(async () => {
  await emptyStore(store.db);
});

const app = () => createApp({ repo: store.repo, analyser: { rulesVersion: 'v1', analyse: async (name) => ANALYSES[name as keyof typeof ANALYSES] } });
const form = (name: string, text: string): RequestInit => {
  const body = new FormData();
  body.append('file', new File([text], name));
  return { method: 'POST', body };
};

describe('a disclosure published in two files', () => {
  it('is one disclosure after two uploads, and each source opens in its own file', async () => {
    const a = app();
    const first = (await (await a.request('/api/disclosures', form('explanation.txt', EXPLANATION_TEXT))).json()) as { id: number };
    const res = await a.request('/api/disclosures', form('tables.txt', TABLES_TEXT));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: first.id, joined: true, superseded: [] });

    const fact = (await store.repo.get(first.id))!.facts[1]!;
    expect(fact.source).toEqual({ line: 2, file: 'tables.txt' });
    const view = (await (await a.request(`/api/disclosures/${first.id}/source?file=tables.txt&line=2`)).json()) as { lines: { line: number; text: string }[] };
    // the text view shows a table row's cells apart
    expect(view.lines.find((l) => l.line === 2)?.text.replace(/\s+/g, ' ')).toBe(TABLES_TEXT.split('\n')[1]);
    // without a file, the disclosure's first file
    const own = (await (await a.request(`/api/disclosures/${first.id}/source?line=1`)).json()) as { lines: { line: number; text: string }[] };
    expect(own.lines[0]?.text).toContain('2018年度部门预算情况说明');

    const download = await a.request(`/api/disclosures/${first.id}/file?file=tables.txt`);
    expect(await download.text()).toBe(TABLES_TEXT);

    const missing = await a.request(`/api/disclosures/${first.id}/source?file=other.txt&line=1`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('source-not-found');
  });
});
