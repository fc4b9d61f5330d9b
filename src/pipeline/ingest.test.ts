import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../model/analysis.js';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { sha256Hex } from '../store/repository.js';
import { budgetPackage } from '../../test/support/budget-package.js';
import { storeBackends, storeFor } from '../../test/support/store-backends.js';
import { emptyStore, variant } from '../../test/support/store-fixtures.js';
import { directIngester, joinStoredPart, storeAnalysis } from './ingest.js';
import type { Analyser } from './pool.js';
import { reaudit } from './reaudit.js';

const { tables: TABLES, explanation: EXPLANATION } = budgetPackage({ tables: 'tables.pdf', explanation: 'explanation.pdf' });
const ANALYSES: Record<string, Analysis> = { 'tables.pdf': TABLES, 'explanation.pdf': EXPLANATION };
const bytes = (text: string) => new TextEncoder().encode(text);
const file = (name: string, content = name) => ({ name, bytes: bytes(content) });

describe('storeAnalysis: a package published in two files', () => {
  let store: Store;
  beforeAll(async () => {
    store = await memoryStore();
  }, 120_000);
  afterAll(() => store.close());
  beforeEach(async () => {
    await emptyStore(store.db);
  });

  it('joins the second file to the first as one disclosure, audited with both, every fact keeping its file', async () => {
    const { repo } = store;
    const first = await storeAnalysis(repo, file('explanation.pdf'), EXPLANATION, 'v1');
    const second = await storeAnalysis(repo, file('tables.pdf'), TABLES, 'v1');
    expect(second).toMatchObject({ id: first.id, created: true, superseded: [], joined: true });
    expect((await repo.list({ versions: 'all' })).total).toBe(1);

    const detail = (await repo.get(first.id))!;
    expect(detail.document).toMatchObject({ department: '中共江苏省示例厅', year: 2018, kind: '部门预算', files: ['explanation.pdf', 'tables.pdf'] });
    expect(new Set(detail.facts.map((f) => f.source.file))).toEqual(new Set(['tables.pdf']));
    expect(new Set(detail.claims.map((c) => c.source.file))).toEqual(new Set(['explanation.pdf']));
    // the explanation is checked against the other file's tables
    const n39 = detail.findings.filter((f) => f.rule === 'N-39');
    expect(n39).toMatchObject([{ actual: '61.00万元', expected: '60.00万元' }]);
    expect(new Set(n39[0]!.sources.map((s) => s.file))).toEqual(new Set(['explanation.pdf', 'tables.pdf']));

    expect((await repo.files(first.id)).map((f) => f.name)).toEqual(['explanation.pdf', 'tables.pdf']);
    expect(await repo.idBySha256(sha256Hex(bytes('tables.pdf')))).toBe(first.id);
    // the same bytes again change nothing
    expect(await storeAnalysis(repo, file('tables.pdf'), TABLES, 'v1')).toMatchObject({ id: first.id, created: false });
  });

  it('keeps a second full copy of a part a new version, never a part', async () => {
    const { repo } = store;
    const whole = await storeAnalysis(repo, file('explanation.pdf'), EXPLANATION, 'v1');
    await storeAnalysis(repo, file('tables.pdf'), TABLES, 'v1');
    const copy = await storeAnalysis(repo, file('copy.pdf', 'another print of the tables'), { ...TABLES, disclosure: { ...TABLES.disclosure, document: { ...TABLES.disclosure.document, file: 'copy.pdf' } } }, 'v1');
    expect(copy).toMatchObject({ created: true, superseded: [whole.id] });
    expect(copy.joined).toBeUndefined();
    expect((await repo.versions(copy.id)).map((v) => v.id)).toEqual([whole.id, copy.id]);
  });

  it('re-audits a joined disclosure from all its files, and deletes them with it', async () => {
    const { repo } = store;
    const ingester = directIngester(repo, { rulesVersion: 'v1', analyse: async (name) => ANALYSES[name]! });
    const { id } = await ingester.ingest(file('tables.pdf'));
    expect(await ingester.ingest(file('explanation.pdf'))).toMatchObject({ id, joined: true });
    const seen: string[] = [];
    const analyser: Analyser = {
      rulesVersion: 'v2',
      analyse: async (name) => {
        seen.push(name);
        return ANALYSES[name]!;
      },
    };
    expect(await reaudit(repo, analyser)).toEqual({ checked: 1, updated: 1, failed: [] });
    expect(seen).toEqual(['tables.pdf', 'explanation.pdf']);
    const detail = (await repo.get(id))!;
    expect(detail).toMatchObject({ rulesVersion: 'v2', document: { files: ['tables.pdf', 'explanation.pdf'] } });
    expect(detail.findings.some((f) => f.rule === 'N-39')).toBe(true);

    expect(await repo.delete(id)).toBe(true);
    expect(await repo.stats()).toMatchObject({ disclosures: 0, files: 0 });
  });

  it('folds two parts stored at once, neither seeing the other, into the earlier, whichever importer gets there first', async () => {
    const { repo } = store;
    // both importers found no package to join and stored their file alone
    const a = await repo.importAnalysis(file('explanation.pdf'), EXPLANATION, 'v1');
    const b = await repo.importAnalysis(file('tables.pdf'), TABLES, 'v1');
    expect(b.id).not.toBe(a.id);
    expect(await joinStoredPart(repo, b, TABLES, 'v1')).toMatchObject({ id: a.id, created: true, joined: true });
    // the earlier file's importer, coming second, finds its disclosure whole: its file is that disclosure's first
    expect(await joinStoredPart(repo, a, EXPLANATION, 'v1')).toEqual(a);
    const { items } = await repo.list({ versions: 'all' });
    expect(items.map((i) => i.id)).toEqual([a.id]);
    const detail = (await repo.get(a.id))!;
    expect(detail.document.files).toEqual(['explanation.pdf', 'tables.pdf']);
    expect(detail.findings.some((f) => f.rule === 'N-39')).toBe(true);
    expect(await repo.idBySha256(b.sha256)).toBe(a.id);
  });

  it('tells the later file’s importer, coming second, which disclosure its file joined', async () => {
    const { repo } = store;
    const a = await repo.importAnalysis(file('explanation.pdf'), EXPLANATION, 'v1');
    const b = await repo.importAnalysis(file('tables.pdf'), TABLES, 'v1');
    // the earlier file's importer folds the later file in; its own file stays the disclosure's first
    const first = await joinStoredPart(repo, a, EXPLANATION, 'v1');
    expect(first).toMatchObject({ id: a.id });
    expect(first.joined).toBeUndefined();
    expect(await joinStoredPart(repo, b, TABLES, 'v1')).toEqual({ ...b, id: a.id, superseded: [], joined: true });
    expect((await repo.files(a.id)).map((f) => f.name)).toEqual(['explanation.pdf', 'tables.pdf']);
  });

  it('writes nothing when the disclosure gained a part since it was read', async () => {
    const { repo } = store;
    const { id } = await storeAnalysis(repo, file('explanation.pdf'), EXPLANATION, 'v1');
    expect(await repo.addPart(id, file('tables.pdf'), TABLES, 'v1', 1)).toBeUndefined();
    expect(await repo.idBySha256(sha256Hex(bytes('tables.pdf')))).toBeUndefined();
    expect((await repo.files(id)).map((f) => f.name)).toEqual(['explanation.pdf']);
  });
});

// Queue workers on several machines store versions of one department at the same time: each import settles the
// department's versions while the checks across documents of the one before rewrite its findings.
for (const backend of storeBackends()) {
  describe.skipIf(backend.skip)(`storeAnalysis: versions of one department stored at once (${backend.name})`, () => {
    const store = storeFor(backend);

    it('stores every version, with no deadlock, and leaves one current per year', async () => {
      const versions = [2023, 2024].flatMap((year) =>
        Array.from({ length: 6 }, (_, i) => {
          const v = variant({ year });
          return { file: { name: `v${i}-${v.file.name}`, bytes: new Uint8Array([...v.file.bytes, ...bytes(`|${i}`)]) }, analysis: v.analysis };
        }),
      );
      const results = await Promise.allSettled(versions.map((v) => storeAnalysis(store().repo, v.file, v.analysis, 'v1')));
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      for (const year of [2023, 2024]) {
        const { items } = await store().repo.list({ year });
        expect(items).toHaveLength(1);
      }
    });
  });
}
