// A new embedded database made from the build's empty cluster is the database PGlite's initdb makes: UTF-8, the
// PostgreSQL user and database PGlite always uses, our configuration applied, our migrations applied where it was
// made, and it opens again as it was left. A creation that fails names the directory and leaves nothing behind; a
// database made without our migrations (an earlier version of juesuan) is migrated when the store opens it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations/index.js';
import { openStore, pgliteDir } from './open.js';
import { inThisThread, PGliteDialect } from './pglite-dialect.js';
import { emptyClusterPath, openPglite } from './pglite-open.js';
import type { Database } from './schema.js';

const built = existsSync(emptyClusterPath());
const NAMES = Object.keys(await migrationProvider.getMigrations());
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const workDir = (): string => {
  const work = mkdtempSync(join(tmpdir(), 'juesuan-empty-cluster-'));
  dirs.push(work);
  return work;
};
const applied = async (db: Kysely<Database>): Promise<string[]> =>
  (await new Migrator({ db, provider: migrationProvider }).getMigrations()).filter((m) => m.executedAt).map((m) => m.name);

describe.skipIf(!built)('a new embedded database from the empty cluster (needs `npm run build`)', () => {
  it('is initialised as initdb leaves it, with our configuration and migrations, and keeps what is written', async () => {
    const dir = join(workDir(), 'pglite');
    const pglite = await openPglite({ dir });
    try {
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
      const { rows } = await pglite.query<Record<string, string>>(
        `select current_user as "user", current_database() as db, current_setting('server_encoding') as encoding, current_setting('shared_buffers') as buffers, current_setting('max_wal_size') as wal`,
      );
      expect(rows[0]).toEqual({ user: 'postgres', db: 'postgres', encoding: 'UTF8', buffers: '32MB', wal: '64MB' });
      expect(await applied(new Kysely<Database>({ dialect: new PGliteDialect(inThisThread(pglite)) }))).toEqual(NAMES);
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

  it('fails with the directory and the reason, leaving no database and no partial directory', async () => {
    const work = workDir();
    const damaged = join(work, 'damaged.tar.gz');
    writeFileSync(damaged, 'not a gzipped tarball');
    const dir = join(work, 'pglite');
    // PGlite reports a damaged dump in one of two ways, whichever comes first; either is one line, not a stack.
    const named = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(openPglite({ dir, emptyCluster: damaged })).rejects.toThrow(
      new RegExp(`^创建内嵌数据库失败：${named}（(incorrect header check|PGlite failed to initialize properly)）$`),
    );
    expect(readdirSync(work)).toEqual(['damaged.tar.gz']);
  }, 60_000);

  it('made without our migrations, is migrated when the store opens it', async () => {
    const dataDir = workDir();
    await (await PGlite.create(pgliteDir(dataDir), { loadDataDir: new Blob([readFileSync(emptyClusterPath())]) })).close();
    const store = await openStore({ dataDir });
    try {
      expect(await applied(store.db)).toEqual(NAMES);
    } finally {
      await store.close();
    }
  }, 120_000);
});
