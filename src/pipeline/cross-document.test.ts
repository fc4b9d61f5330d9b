import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../audit/index.js';
import type { Analysis } from '../model/analysis.js';
import { changed } from '../../test/support/audit-fixture.js';
import { jiangsuBudget } from '../../test/support/budget-fixture.js';
import { narrativeDisclosure } from '../../test/support/narrative.js';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { recheckAfterImport, recheckAround } from './cross-document.js';

/** A 江苏-form 预算 of `year` with 收入/支出总计 `total` and, for 2018, a 比上年 statement of +10.00 万元. */
function budget(year: number, total: string, version = ''): { file: { name: string; bytes: Uint8Array }; analysis: Analysis } {
  let input = jiangsuBudget({ year });
  for (const row of ['收入总计', '支出总计']) input = changed(input, ['B01', row, '金额'], total);
  const text = year === 2018 ? '## 一、关于2018年度收支预算总表的说明\n2018年度收入、支出预算总计100.00万元，与上年相比收、支预算总计各增加10.00万元，增长11.11%。\n' : '## 一、说明\n无。\n';
  const disclosure = narrativeDisclosure({ ...input, text });
  const name = `budget-${year}${version}.pdf`;
  const named = { ...disclosure, document: { ...disclosure.document, file: name } };
  return { file: { name, bytes: new TextEncoder().encode(`${name}|${total}`) }, analysis: { disclosure: named, ...audit(named) } };
}

let store: Store;
// Creating a PGlite database (initdb in WebAssembly) takes seconds, more on a busy machine.
beforeAll(async () => {
  store = await memoryStore();
}, 120_000);
afterAll(async () => {
  await store.close();
});

const imported = async (doc: ReturnType<typeof budget>): Promise<number> => {
  const result = await store.repo.importAnalysis(doc.file, doc.analysis, 'test');
  await recheckAfterImport(store.repo, result.id);
  return result.id;
};
const crossOf = async (id: number) => (await store.repo.get(id))!.findings.filter((f) => f.family === 'cross-document');

describe('checks across documents in the store', () => {
  it('re-evaluates a disclosure when a related one arrives later, is replaced by a new version, or is deleted', async () => {
    const y2018 = await imported(budget(2018, '100.00'));
    const alone = (await store.repo.get(y2018))!;
    expect(alone.summary.notEvaluable.find((n) => n.rule === 'Y-03')?.reason).toContain('2017年度的部门预算');
    const warningsAlone = alone.warnings;

    // Last year’s budget arrives after this year’s, printing 95.00: the stated rise of 10.00 does not follow from it.
    const y2017 = await imported(budget(2017, '95.00'));
    const [finding] = await crossOf(y2018);
    expect(finding).toMatchObject({ rule: 'Y-03', related: { document: { id: y2017, file: 'budget-2017.pdf', year: 2017 } } });
    expect(finding!.related!.sources.length).toBeGreaterThan(0);
    const detail = (await store.repo.get(y2018))!;
    expect(detail.warnings).toBe(warningsAlone + 1);
    expect(detail.summary.notEvaluable.some((n) => n.rule === 'Y-03')).toBe(false);
    expect((await store.repo.list({ failedRule: 'Y-03' })).items.map((d) => d.id)).toEqual([y2018]);

    // Checking again changes nothing (the own audit's summary is kept apart).
    await recheckAfterImport(store.repo, y2018);
    expect((await store.repo.get(y2018))!.warnings).toBe(warningsAlone + 1);
    expect(await crossOf(y2018)).toHaveLength(1);

    // A corrected version of last year's budget supersedes the old one: the statement now holds.
    const y2017b = await imported(budget(2017, '90.00', '-v2'));
    expect(await crossOf(y2018)).toEqual([]);
    const fixed = (await store.repo.get(y2018))!;
    expect(fixed.warnings).toBe(warningsAlone);
    expect(fixed.summary.rules.passed).toBe(alone.summary.rules.passed + 1);

    // Deleting the new version makes the old one current again, and the finding returns.
    const place = await store.repo.placeOf(y2017b);
    expect(await store.repo.delete(y2017b)).toBe(true);
    await recheckAround(store.repo, place);
    expect((await crossOf(y2018)).map((f) => f.related?.document.id)).toEqual([y2017]);
  });

  it('writes nothing worked out from a department that changed meanwhile (imports running at once)', async () => {
    const id = (await store.repo.list({ year: 2018 })).items[0]!.id;
    const own = (await store.repo.ownSummary(id))!;
    const auditedAt = (await store.repo.auditedAt(id))!;
    const relatedIds = await store.repo.relatedIds(id);
    expect(relatedIds.length).toBe(1);
    expect(await store.repo.replaceCrossDocument(id, [], own, { relatedIds: [], auditedAt })).toBe(false);
    expect(await store.repo.replaceCrossDocument(id, [], own, { relatedIds, auditedAt: new Date(0).toISOString() })).toBe(false);
    expect(await crossOf(id)).toHaveLength(1);
    expect(await store.repo.replaceCrossDocument(id, [], own, { relatedIds, auditedAt })).toBe(true);
    expect(await crossOf(id)).toEqual([]);
  });
});

describe('a department printed under several names', () => {
  it('relates the party organ’s short and full names (中共… and 中国共产党…委员会…)', async () => {
    const short = budget(2018, '100.00', '-short');
    const full = budget(2017, '95.00', '-full');
    const named = (doc: ReturnType<typeof budget>, department: string) => {
      const disclosure = { ...doc.analysis.disclosure, document: { ...doc.analysis.disclosure.document, department, region: '江苏省' } };
      return { file: doc.file, analysis: { ...doc.analysis, disclosure } };
    };
    const y2018 = await imported(named(short, '中共江苏省委办公厅'));
    await imported(named(full, '中国共产党江苏省委员会办公厅'));
    expect((await crossOf(y2018)).map((f) => f.rule)).toEqual(['Y-03']);
  });
});
