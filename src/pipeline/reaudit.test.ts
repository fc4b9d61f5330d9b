import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyse, emptyStore, MINI, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { UnsupportedFormatError } from '../model/errors.js';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import type { Analyser } from './pool.js';
import { createReauditor, reaudit } from './reaudit.js';

const analyser = (rulesVersion: string, analyseFn: Analyser['analyse']): Analyser => ({ rulesVersion, analyse: analyseFn });

describe('re-audit', () => {
  let store: Store;
  beforeAll(async () => {
    store = await memoryStore();
  }, 120_000);
  afterAll(() => store.close());
  beforeEach(async () => {
    await emptyStore(store.db);
  });

  it('analyses stored files again when the rules version changes, and only then', async () => {
    const { repo } = store;
    const { id } = await repo.importAnalysis({ name: 'mini-2024.txt', bytes: MINI_BYTES }, variant({ errors: 3 }).analysis, 'old');
    const seen: Uint8Array[] = [];
    const report = await reaudit(
      repo,
      analyser('new', async (name, bytes) => {
        seen.push(bytes);
        return analyse(name, bytes);
      }),
    );
    expect(report).toEqual({ checked: 1, updated: 1, failed: [] });
    expect(Buffer.from(seen[0]!).equals(Buffer.from(MINI_BYTES))).toBe(true);
    const detail = await repo.get(id);
    expect(detail).toMatchObject({ rulesVersion: 'new', errors: MINI.summary.errors });
    expect(detail!.findings).toEqual(MINI.findings);
    expect(detail!.facts).toEqual(MINI.disclosure.facts);
    expect(await reaudit(repo, analyser('new', () => Promise.reject(new Error('不应调用'))))).toEqual({ checked: 0, updated: 0, failed: [] });
    expect(await repo.stats()).toMatchObject({ disclosures: 1, files: 1, facts: MINI.disclosure.facts.length });
  });

  it('keeps the previous results of a file that no longer analyses, and reports it', async () => {
    const { repo } = store;
    const { id } = await repo.importAnalysis({ name: 'mini-2024.txt', bytes: MINI_BYTES }, MINI, 'old');
    const report = await reaudit(repo, analyser('new', (name) => Promise.reject(new UnsupportedFormatError(name, '测试'))));
    expect(report).toMatchObject({ checked: 1, updated: 0, failed: [{ id, code: 'unsupported-format' }] });
    expect((await repo.get(id))?.facts).toEqual(MINI.disclosure.facts);
    expect(await repo.staleCount('new')).toBe(1);
  });

  it('stops when asked, leaving the rest for the next run; a reauditor joins a run under way and refuses after stop', async () => {
    const { repo } = store;
    await repo.importAnalysis({ name: 'mini-2024.txt', bytes: MINI_BYTES }, MINI, 'old');
    const controller = new AbortController();
    controller.abort();
    expect(await reaudit(repo, analyser('new', analyse), { signal: controller.signal })).toEqual({ checked: 1, updated: 0, failed: [], stopped: true });
    expect(await repo.staleCount('new')).toBe(1);

    const reauditor = createReauditor(repo, analyser('new', analyse));
    const [a, b] = await Promise.all([reauditor.run(), reauditor.run()]);
    expect(a).toEqual({ rulesVersion: 'new', checked: 1, updated: 1, failed: [] });
    expect(b).toBe(a);
    await reauditor.stop();
    expect(await reauditor.run(true)).toMatchObject({ checked: 1, updated: 0, stopped: true });
  });
});
