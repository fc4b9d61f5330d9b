// A new embedded database made from the build's empty cluster is the database PGlite's initdb makes: UTF-8, the
// PostgreSQL user and database PGlite always uses, our configuration applied, and it opens again as it was left.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyClusterPath, openPglite } from './pglite-open.js';

const built = existsSync(emptyClusterPath());
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.skipIf(!built)('a new embedded database from the empty cluster (needs `npm run build`)', () => {
  it('is initialised as initdb leaves it, with our configuration, and keeps what is written', async () => {
    const work = mkdtempSync(join(tmpdir(), 'juesuan-empty-cluster-'));
    dirs.push(work);
    const dir = join(work, 'pglite');
    const pglite = await openPglite({ dir });
    try {
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
      const { rows } = await pglite.query<Record<string, string>>(
        `select current_user as "user", current_database() as db, current_setting('server_encoding') as encoding, current_setting('shared_buffers') as buffers, current_setting('max_wal_size') as wal`,
      );
      expect(rows[0]).toEqual({ user: 'postgres', db: 'postgres', encoding: 'UTF8', buffers: '32MB', wal: '64MB' });
      await pglite.exec('create table kept (n int); insert into kept values (7)');
    } finally {
      await pglite.close();
    }
    const again = await openPglite({ dir, emptyCluster: '/nonexistent' });
    try {
      expect((await again.query<{ n: number }>('select n from kept')).rows).toEqual([{ n: 7 }]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
