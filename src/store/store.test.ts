// One storage suite, run against PGlite (in memory) always and against PostgreSQL when DATABASE_URL is set.
import { Migrator } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { MINI, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { migrationProvider } from './migrations/index.js';
import { storeBackends, storeFor } from '../../test/support/store-backends.js';
import type { Store } from './open.js';
import { Repository, sha256Hex } from './repository.js';

if (!process.env.DATABASE_URL) console.info('store.test: DATABASE_URL 未设置，跳过 PostgreSQL 存储测试（只测 PGlite）');

const BACKENDS = storeBackends();

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`存储：${backend.name}`, () => {
    const opened = storeFor(backend);
    let store: Store;
    let repo: Repository;
    beforeEach(() => {
      store = opened();
      repo = store.repo;
    });

    it('applies every migration, in order, on a fresh store', async () => {
      const options = store.driver === 'postgres' ? { migrationTableSchema: backend.schema } : {};
      const run = (await new Migrator({ db: store.db, provider: migrationProvider, ...options }).getMigrations()).filter((m) => m.executedAt).map((m) => m.name);
      expect(run).toEqual(Object.keys(await migrationProvider.getMigrations()));
    });

    it('migrates idempotently: opening again finds the schema current', async () => {
      if (store.driver === 'pglite') return; // an in-memory PGlite cannot be reopened; the same migrator runs
      const again = await backend.open();
      await again.close();
      expect((await repo.stats()).disclosures).toBe(0);
    });

    it('stores a real analysis and gives it back whole, the file byte for byte', async () => {
      const result = await repo.importAnalysis({ name: 'mini-2024.txt', bytes: MINI_BYTES }, MINI, 'v1');
      expect(result).toEqual({ id: expect.any(Number), sha256: sha256Hex(MINI_BYTES), created: true, superseded: [] });

      const detail = await repo.get(result.id);
      expect(detail).toBeDefined();
      expect(detail!.facts).toEqual(MINI.disclosure.facts);
      expect(detail!.findings).toEqual(MINI.findings);
      expect(detail!.summary).toEqual(MINI.summary);
      expect(Repository.toDisclosure(detail!)).toEqual(MINI.disclosure);
      expect(detail).toMatchObject({
        department: '测试县示例局',
        year: 2024,
        kind: '部门决算',
        unit: '万元',
        fileName: 'mini-2024.txt',
        fileSize: MINI_BYTES.length,
        mediaType: 'text/plain',
        rulesVersion: 'v1',
        errors: MINI.summary.errors,
      });

      const file = await repo.file(result.id);
      expect(file?.sha256).toBe(sha256Hex(MINI_BYTES));
      expect(Buffer.from(file!.bytes).equals(Buffer.from(MINI_BYTES))).toBe(true);
    });

    it('keeps exact decimals: NUMERIC in, the printed string out', async () => {
      const values = ['-0.50', '100.00', '1234567890123456789.01', '0.1', '0.2', '7'];
      const { file, analysis } = variant({ facts: values.map((value, i) => ({ table: 'T03', row: `21015${i}`, column: '基本支出', value, unit: '万元' })) });
      const { id } = await repo.importAnalysis(file, analysis, 'v1');
      const detail = await repo.get(id);
      expect(detail!.facts.map((f) => f.value)).toEqual(values);
      expect(detail!.facts.map((f) => f.yuan)).toEqual(['-5000', '1000000', '12345678901234567890100', '1000', '2000', '70000']);
    });

    it('imports the same bytes once: same id, nothing changed', async () => {
      const first = await repo.importAnalysis({ name: 'a.txt', bytes: MINI_BYTES }, MINI, 'v1');
      const second = await repo.importAnalysis({ name: 'b.txt', bytes: MINI_BYTES }, MINI, 'v2');
      expect(second).toEqual({ ...first, created: false });
      expect(await repo.stats()).toEqual({ disclosures: 1, departments: 1, files: 1, facts: MINI.disclosure.facts.length, findings: MINI.findings.length });
      expect((await repo.summary(first.id))?.rulesVersion).toBe('v1');
    });

    it('stores a file once under concurrent imports of the same bytes', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => repo.importAnalysis({ name: `copy-${i}.txt`, bytes: MINI_BYTES }, MINI, 'v1')));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const stats = await repo.stats();
      expect(stats).toMatchObject({ disclosures: 1, files: 1, facts: MINI.disclosure.facts.length });
    });

    it('imports different files concurrently, sharing their department', async () => {
      const docs = [2020, 2021, 2022, 2023].map((year) => variant({ year }));
      const results = await Promise.all(docs.map(({ file, analysis }) => repo.importAnalysis(file, analysis, 'v1')));
      expect(new Set(results.map((r) => r.id)).size).toBe(4);
      expect(await repo.stats()).toMatchObject({ disclosures: 4, departments: 1, files: 4 });
    });

    describe('with several departments and years', () => {
      beforeEach(async () => {
        const docs = [
          variant({ department: '甲县医疗保障局', region: '甲县', year: 2023, facts: [{ table: 'T03', row: '21015', column: '本年支出合计', value: '0.10', unit: '万元' }] }),
          variant({ department: '甲县医疗保障局', region: '甲县', year: 2024, errors: 2, facts: [{ table: 'T03', row: '21015', column: '本年支出合计', value: '0.20', unit: '万元' }] }),
          variant({
            department: '乙县医疗保障局',
            region: '乙县',
            year: 2024,
            facts: [
              { table: 'T03', row: '21015', column: '本年支出合计', value: '12345678901234.56', unit: '元' },
              { table: 'T10', row: '车辆数合计', column: '统计数', value: '3', unit: '辆' },
            ],
          }),
          variant({ department: '乙县财政局', region: '乙县', year: 2024, kind: '单位决算', errors: 1, facts: [{ table: 'T03', row: '21015', column: '本年支出合计', value: '0.01', unit: '元' }] }),
        ];
        for (const { file, analysis } of docs) await repo.importAnalysis(file, analysis, 'v1');
      });

      it('lists with filters and paging', async () => {
        const all = await repo.list({}, { page: 1, pageSize: 10 });
        expect(all.total).toBe(4);
        expect(all.items.map((d) => [d.department, d.year])).toEqual([
          ['乙县医疗保障局', 2024],
          ['乙县财政局', 2024],
          ['甲县医疗保障局', 2024],
          ['甲县医疗保障局', 2023],
        ]);
        expect((await repo.list({ region: '甲县' })).total).toBe(2);
        expect((await repo.list({ department: '医疗保障' })).total).toBe(3);
        expect((await repo.list({ department: '%' })).total).toBe(0);
        expect((await repo.list({ year: 2023 })).items.map((d) => d.year)).toEqual([2023]);
        expect((await repo.list({ kind: '单位决算' })).items.map((d) => d.department)).toEqual(['乙县财政局']);
        expect((await repo.list({ hasErrors: true })).items.map((d) => d.errors)).toEqual([1, 2]);
        expect((await repo.list({ hasErrors: false })).total).toBe(2);
        const page2 = await repo.list({}, { page: 2, pageSize: 3 });
        expect(page2).toMatchObject({ total: 4, items: [{ department: '甲县医疗保障局', year: 2023 }] });
      });

      it('aggregates with exact NUMERIC sums, per unit and in 元', async () => {
        const cell = { table: 'T03', row: '21015', column: '本年支出合计' };
        const byDepartment = await repo.aggregate({ ...cell, groupBy: ['department'] });
        expect(byDepartment).toEqual([
          { key: { department: '乙县医疗保障局' }, facts: 1, disclosures: 1, value: '12345678901234.56', unit: '元', yuan: '12345678901234.56' },
          { key: { department: '乙县财政局' }, facts: 1, disclosures: 1, value: '0.01', unit: '元', yuan: '0.01' },
          { key: { department: '甲县医疗保障局' }, facts: 2, disclosures: 2, value: '0.30', unit: '万元', yuan: '3000' },
        ]);
        const total = await repo.aggregate({ ...cell, groupBy: [] });
        expect(total).toEqual([{ key: {}, facts: 4, disclosures: 4, value: null, unit: null, yuan: '12345678904234.57' }]);
        const byYear = await repo.aggregate({ ...cell, groupBy: ['region', 'year'], filter: { region: '甲县' } });
        expect(byYear.map((r) => [r.key, r.value])).toEqual([
          [{ region: '甲县', year: 2023 }, '0.10'],
          [{ region: '甲县', year: 2024 }, '0.20'],
        ]);
        const mixed = await repo.aggregate({ groupBy: ['table'], filter: { department: '乙县医疗' } });
        expect(mixed).toEqual([
          { key: { table: 'T03' }, facts: 1, disclosures: 1, value: '12345678901234.56', unit: '元', yuan: '12345678901234.56' },
          { key: { table: 'T10' }, facts: 1, disclosures: 1, value: '3', unit: '辆', yuan: null },
        ]);
        expect(await repo.aggregate({ table: 'T09', groupBy: ['department'] })).toEqual([]);
      });

      it('compares facts of several disclosures side by side', async () => {
        const { items } = await repo.list({ department: '甲县' });
        const rows = await repo.compare(items.map((d) => d.id));
        expect(rows).toEqual([{ table: 'T03', row: '21015', column: '本年支出合计', values: { [items[0]!.id]: { value: '0.20', unit: '万元', yuan: '2000' }, [items[1]!.id]: { value: '0.10', unit: '万元', yuan: '1000' } } }]);
      });

      it('pages through facts for exports', async () => {
        const pages = [];
        for await (const page of repo.factRows({}, {}, 2)) pages.push(page);
        expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
        expect(pages.flat().map((f) => f.value)).toEqual(['0.10', '0.20', '12345678901234.56', '3', '0.01']);
        const onlyT10 = [];
        for await (const page of repo.factRows({ region: '乙县' }, { table: 'T10' })) onlyT10.push(...page);
        expect(onlyT10).toEqual([expect.objectContaining({ department: '乙县医疗保障局', region: '乙县', year: 2024, table: 'T10', value: '3', unit: '辆' })]);
      });

      it('searches by department, code and text', async () => {
        const byDepartment = await repo.search('财政局');
        expect(byDepartment.items.map((h) => [h.disclosure.department, h.matches])).toEqual([['乙县财政局', ['department']]]);
        const byCode = await repo.search('21015');
        expect(byCode.total).toBe(4);
        expect(byCode.items[0]!.matches).toContain('code');
        const byText = await repo.search('负责示例工作');
        expect(byText.total).toBe(4);
        expect(byText.items[0]!.snippet).toContain('负责示例工作');
        // The snippet quotes the narrative as printed: a paragraph of the document contains it whole.
        const paragraphs = MINI.disclosure.sections.flatMap((x) => x.paragraphs.map((p) => p.text.replace(/\s+/g, ' ')));
        const snippet = byText.items[0]!.snippet!;
        const piece = snippet.slice(snippet.indexOf('负责示例工作'), snippet.indexOf('负责示例工作') + 7);
        expect(paragraphs.some((p) => p.includes(piece))).toBe(true);
        // Codes are found through the facts, never through text the document may not print.
        expect(byCode.items[0]!.snippet).toBeNull();
        expect((await repo.search('没有这样的文字')).total).toBe(0);
        expect((await repo.search('  ')).items).toEqual([]);
      });

      it('finds text through the bigram index exactly: same bigrams in another order do not match', async () => {
        expect((await repo.search('示例负责')).total).toBe(0);
        expect(await repo.search('负责示例工作')).toMatchObject({ total: 4, totalExact: true });
        // Only the best candidate confirmed: the total is the candidates' count, said to be an upper bound.
        expect(await repo.search('负责示例工作', 1, 1)).toMatchObject({ total: 4, totalExact: false, items: [expect.anything()] });
        // Too few confirmed in the window for a page: all candidates are confirmed.
        expect(await repo.search('负责示例工作', 20, 1)).toMatchObject({ total: 4, totalExact: true });
        // One character has no bigram; it is found by scanning.
        expect((await repo.search('责')).total).toBe(4);
        // Upper case in the query finds lower-cased stored text; whitespace inside the query is kept for the substring test.
        expect((await repo.search('负责示例工作').then((r) => r.total))).toBe((await repo.search('负责示例工作 ').then((r) => r.total)));
      });

      it('lists departments with their years and errors', async () => {
        expect(await repo.departments({ region: '甲县' })).toEqual([{ id: expect.any(Number), name: '甲县医疗保障局', region: '甲县', disclosures: 2, years: [2023, 2024], errors: 2 }]);
        expect((await repo.departments()).map((d) => d.name)).toEqual(['乙县医疗保障局', '乙县财政局', '甲县医疗保障局']);
      });

      it('deletes a disclosure with its file and derived rows', async () => {
        const { items } = await repo.list({ department: '乙县财政局' });
        expect(await repo.delete(items[0]!.id)).toBe(true);
        expect(await repo.delete(items[0]!.id)).toBe(false);
        expect(await repo.stats()).toMatchObject({ disclosures: 3, files: 3, facts: 4, findings: 2 });
      });
    });

    it('keeps a second upload for the same department, year and kind as a new version; only the current one counts', async () => {
      const fact = (value: string) => [{ table: 'T01' as const, row: '收入总计', column: '金额', value, unit: '万元' }];
      const first = variant({ department: '丙县审计局', region: '丙县', year: 2024, facts: fact('100.00') });
      const second = variant({ department: '丙县审计局', region: '丙县', year: 2024, facts: fact('120.00') });
      const other = variant({ department: '丙县审计局', region: '丙县', year: 2023, facts: fact('90.00') });
      const a = await repo.importAnalysis(first.file, first.analysis, 'v1');
      const c = await repo.importAnalysis(other.file, other.analysis, 'v1');
      expect(a.superseded).toEqual([]);
      const b = await repo.importAnalysis(second.file, second.analysis, 'v1');
      expect(b.superseded).toEqual([a.id]);
      expect((await repo.summary(a.id))?.supersededBy).toBe(b.id);
      expect((await repo.summary(b.id))?.supersededBy).toBeNull();
      expect((await repo.versions(a.id)).map((v) => v.id)).toEqual([a.id, b.id]);
      expect((await repo.versions(c.id)).map((v) => v.id)).toEqual([c.id]);

      const total = async () => (await repo.aggregate({ groupBy: [], table: 'T01', row: '收入总计' }))[0]?.value;
      expect(await total()).toBe('210.00');
      expect((await repo.list()).total).toBe(2);
      expect((await repo.list({ versions: 'all' })).total).toBe(3);
      expect((await repo.departments())[0]).toMatchObject({ disclosures: 2 });
      // Every version stays readable.
      expect((await repo.get(a.id))?.facts[0]?.value).toBe('100.00');

      // Deleting the current version makes the previous one current again.
      await repo.delete(b.id);
      expect((await repo.summary(a.id))?.supersededBy).toBeNull();
      expect(await total()).toBe('190.00');
    });

    it('lists the disclosures audited under another rules version, or all of them', async () => {
      const { id } = await repo.importAnalysis({ name: 'mini-2024.txt', bytes: MINI_BYTES }, MINI, 'old');
      const other = await repo.importAnalysis(variant({ department: '乙县财政局' }).file, MINI, 'new');
      expect(await repo.staleIds('new')).toEqual([id]);
      expect(await repo.staleIds('new', true)).toEqual([id, other.id].sort((a, b) => a - b));
      expect(await repo.staleCount('new')).toBe(1);
    });

    it('stores a file by its hash before its analysis, once, and imports the analysis against it', async () => {
      const first = await repo.storeFile({ name: '甲.txt', bytes: MINI_BYTES });
      expect(first).toEqual({ sha256: sha256Hex(MINI_BYTES), created: true });
      expect(await repo.storeFile({ name: '乙.txt', bytes: MINI_BYTES })).toEqual({ sha256: first.sha256, created: false });
      const stored = await repo.fileBySha256(first.sha256);
      expect(stored).toMatchObject({ name: '甲.txt', size: MINI_BYTES.length, mediaType: 'text/plain' });
      expect(Buffer.from(stored!.bytes).equals(Buffer.from(MINI_BYTES))).toBe(true);
      expect(await repo.idBySha256(first.sha256)).toBeUndefined();
      const imported = await repo.importAnalysis({ sha256: first.sha256 }, MINI, 'v1');
      expect(imported).toMatchObject({ sha256: first.sha256, created: true });
      expect(await repo.importAnalysis({ sha256: first.sha256 }, MINI, 'v1')).toEqual({ ...imported, created: false });
      expect(await repo.stats()).toMatchObject({ disclosures: 1, files: 1, facts: MINI.disclosure.facts.length });
      expect(await repo.fileBySha256('0'.repeat(64))).toBeUndefined();
    });

    it('answers undefined for unknown ids', async () => {
      expect(await repo.get(12345)).toBeUndefined();
      expect(await repo.file(12345)).toBeUndefined();
      expect(await repo.compare([])).toEqual([]);
    });
  });
}
