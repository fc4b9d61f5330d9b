// The embedded database's watchdog: a statement that never answers (pg_sleep stands in for PGlite spinning after a
// failed WAL write) ends its thread within the limit and fails as "unavailable"; the database opens again by
// itself with every committed row; a transaction begun on the old thread never runs on the new one. Needs the
// compiled thread entry (`npm run build`): the thread cannot run TypeScript.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeFault } from './faults.js';
import { DEFAULT_WATCHDOG, PgliteThread } from './pglite-thread.js';

const ENTRY = new URL('../../dist/store/pglite-host.js', import.meta.url);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function until(ready: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !ready(); await new Promise((r) => setTimeout(r, 50))) if (Date.now() > end) throw new Error('timed out');
}

describe.skipIf(!existsSync(ENTRY))('the embedded database on its own thread (needs `npm run build`)', () => {
  it('ends a stuck statement, reopens with what was committed, and keeps a transaction on the thread it began on', async () => {
    const work = mkdtempSync(join(tmpdir(), 'juesuan-pglite-thread-'));
    dirs.push(work);
    const dir = join(work, 'pglite');
    const db = new PgliteThread({ dir }, { ...DEFAULT_WATCHDOG, stuckMs: 1_000, retryMaxMs: 500 }, ENTRY);
    try {
      await db.waitReady;
      const first = db.session();
      await first.query('create table kept (n int)', []);
      await first.query('insert into kept values (1)', []);
      await first.query('begin', []);
      await first.query('insert into kept values (2)', []);

      const started = Date.now();
      const stuck = await first.query('select pg_sleep(60)', []).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(storeFault(stuck)).toBe('unavailable');
      // The transaction's thread is gone: its statements fail, they do not run on the next thread.
      expect(storeFault(await first.query('insert into kept values (3)', []).catch((e: unknown) => e))).toBe('unavailable');
      expect(storeFault(await first.query('commit', []).catch((e: unknown) => e))).toBe('unavailable');

      let session: ReturnType<PgliteThread['session']> | undefined;
      await until(() => {
        try {
          session = db.session();
          return true;
        } catch (e) {
          expect(storeFault(e)).toBe('unavailable');
          return false;
        }
      }, 60_000);
      expect((await session!.query<{ n: number }>('select n from kept order by n', [])).rows).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
