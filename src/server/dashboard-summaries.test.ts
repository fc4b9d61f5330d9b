// The dashboard's summaries follow every kind of write: an import, a new version superseding the old, a re-audit
// with other counts, a deletion, a department moving region; a view after no change recomputes nothing; and on
// PostgreSQL, views taken while several imports run at once never lose one of them.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/open.js';
import { storeBackends, storeFor } from '../../test/support/store-backends.js';
import { variant } from '../../test/support/store-fixtures.js';
import { refreshDashboard } from './dashboard-summaries.js';
import { dashboard } from './portal-dashboard.js';

for (const backend of storeBackends()) {
  describe.skipIf(backend.skip)(`dashboard summaries: ${backend.name}`, () => {
    const opened = storeFor(backend);
    let store: Store;
    beforeEach(() => {
      store = opened();
    });

    const view = (region?: string) => dashboard(store.repo, { page: 1, pageSize: 50, region });
    const pending = async () => (await sql<{ n: string | number }>`select count(*) as n from dashboard_changes`.execute(store.db)).rows[0]!.n;
    const cells = async (region?: string) =>
      (await view(region)).departments.map((d) => [d.name, d.errors, d.cells.map((c) => `${c.year}:${c.errors}:${c.status}`).join(' ')]);

    it('follow imports, new versions, re-audits, deletions and a department moving region', async () => {
      const import_ = (v: Parameters<typeof variant>[0]) => {
        const { file, analysis } = variant(v);
        return store.repo.importAnalysis(file, analysis, 'r1');
      };
      const a = await import_({ department: '甲县财政局', region: '甲县', year: 2023, errors: 2 });
      await import_({ department: '甲县财政局', region: '甲县', year: 2024 });
      await import_({ department: '乙县教育局', region: '乙县', year: 2024, unread: { table: 'T03', texts: ['1.00'] } });
      expect(await cells()).toEqual([
        ['甲县财政局', 2, '2023:2:errors 2024:0:clean'],
        ['乙县教育局', 0, '2024:0:incomplete'],
      ]);
      let all = await view();
      expect(all.counts).toEqual({ disclosures: 3, withErrors: 1, incomplete: 1, withWarnings: 0, clean: 1 });
      expect(all.years).toEqual([2023, 2024]);
      expect(all.topRules).toEqual([{ rule: 'T03.row-sum', title: expect.any(String), disclosures: 1 }]);
      expect(all.completeness.disclosures).toBe(3);
      expect((await view('乙县')).counts.disclosures).toBe(1);
      expect(Number(await pending())).toBe(0);

      // A view after no change takes nothing from the log and changes nothing.
      await refreshDashboard(store.repo);
      expect(await cells()).toEqual(await cells());

      // A corrected upload of 甲县 2023 supersedes the one with errors: only the current version counts.
      const fixed = await import_({ department: '甲县财政局', region: '甲县', year: 2023, errors: 0, facts: [{ table: 'T01', row: '收入总计', column: '决算数', value: '1.00', unit: '万元' }] });
      expect(fixed.superseded).toEqual([a.id]);
      expect(await cells('甲县')).toEqual([['甲县财政局', 0, '2023:0:clean 2024:0:clean']]);
      all = await view();
      expect(all.topRules).toEqual([]);
      expect(all.counts.withErrors).toBe(0);

      // A re-audit that finds an error again.
      const again = variant({ department: '甲县财政局', region: '甲县', year: 2023, errors: 1 });
      await store.repo.replaceAnalysis(fixed.id, again.analysis, 'r2');
      expect(await cells('甲县')).toEqual([['甲县财政局', 1, '2023:1:errors 2024:0:clean']]);

      // Deleting the current version makes the older one current again.
      await store.repo.delete(fixed.id);
      expect(await cells('甲县')).toEqual([['甲县财政局', 2, '2023:2:errors 2024:0:clean']]);

      // A department's region corrected: both regions change.
      await sql`update departments set region = '丙县' where name = '乙县教育局'`.execute(store.db);
      expect(await cells('乙县')).toEqual([]);
      expect(await cells('丙县')).toEqual([['乙县教育局', 0, '2024:0:incomplete']]);
      expect((await view()).regions).toEqual(['丙县', '甲县']);
    });

    it('counts a disclosure without a department apart, in every region’s view', async () => {
      const { file, analysis } = variant({ year: 2024 });
      const { department: _department, ...document } = analysis.disclosure.document;
      await store.repo.importAnalysis(file, { ...analysis, disclosure: { ...analysis.disclosure, document } }, 'r1');
      expect((await view()).unassigned).toBe(1);
      expect((await view('甲县')).unassigned).toBe(1);
      expect((await view()).counts.disclosures).toBe(0);
    });

    it.skipIf(backend.name !== 'PostgreSQL')('lose no import that commits while views refresh (several connections)', async () => {
      const imports = Array.from({ length: 24 }, (_, i) => {
        const { file, analysis } = variant({ department: `丁县第${i}局`, region: `丁县${i % 3}`, year: 2020 + (i % 4), errors: i % 2 });
        return store.repo.importAnalysis(file, analysis, 'r1');
      });
      const views = Array.from({ length: 8 }, () => view());
      await Promise.all([...imports, ...views]);
      const all = await view();
      expect(all.counts).toMatchObject({ disclosures: 24, withErrors: 12 });
      expect(all.total).toBe(24);
      expect(all.years).toEqual([2020, 2021, 2022, 2023]);
    });
  });
}
