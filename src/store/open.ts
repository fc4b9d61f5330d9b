// Opening the store: PostgreSQL (`pg`) when a connection string is given, PGlite otherwise (on disk under a
// data directory, or in memory). Both go through the same kysely query layer and the same migrations.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { diskSpaceGuard, type FreeSpace } from './disk-space.js';
import { migrationProvider } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import { Repository } from './repository.js';
import type { Database } from './schema.js';

export interface StoreOptions {
  /** PostgreSQL connection string (postgres://user:pass@host/db). When absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite: the data directory (the database lives in `<dataDir>/pglite`); absent = in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL: the schema to work in (created when missing); tests use one schema per run. */
  schema?: string | undefined;
  /** PostgreSQL: maximum pool size (default 10). */
  poolSize?: number | undefined;
  /** PGlite on disk: how free space is measured (tests simulate a full disk). */
  freeSpace?: FreeSpace | undefined;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly repo: Repository;
  readonly driver: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory, 'memory', or the database URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** Opens (and migrates to the latest schema) the store described by the options. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const { databaseUrl, schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`无效的模式名：${schema}`);
  let db: Kysely<Database>;
  let driver: Store['driver'];
  let location: string;
  let room: ((bytes: number) => Promise<void>) | undefined;
  if (databaseUrl) {
    driver = 'postgres';
    location = redactUrl(databaseUrl);
    if (schema) await createSchema(databaseUrl, schema);
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      // A database that is down or unreachable answers within seconds, not after the operating system's TCP timeout
      // (a request waiting for a free connection gives up as well; the server then answers 503).
      connectionTimeoutMillis: 10_000,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // A client that loses its server (PostgreSQL restarting) must not bring the process down, whether it sits idle
    // in the pool or is checked out between the statements of a transaction: the next query reports the loss, and
    // the queue's workers wait and try again.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    driver = 'pglite';
    let pglite: PGlite;
    if (options.dataDir) {
      const dir = resolve(options.dataDir, 'pglite');
      await mkdir(dir, { recursive: true });
      if (!existsSync(join(dir, 'PG_VERSION'))) await createPgliteApart(dir);
      pglite = await PGlite.create(dir, PGLITE_OPTIONS);
      location = dir;
      room = diskSpaceGuard(dir, options.freeSpace);
    } else {
      pglite = await PGlite.create(PGLITE_OPTIONS);
      location = 'memory';
    }
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  }
  try {
    await migrate(db, schema);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { db, repo: new Repository(db, room), driver, location, close: () => db.destroy() };
}

/**
 * One process uses the embedded database, so it needs far less than PostgreSQL's default 128 MB of shared buffers,
 * which PGlite holds inside its WebAssembly memory for as long as the process runs; the operating system's file
 * cache still keeps the data files at hand. The WAL is checkpointed every 64 MB (PostgreSQL's default lets it grow
 * to 1 GB), so that the disk-space guard's reserve (disk-space.ts) covers it.
 */
const PGLITE_OPTIONS = { postgresqlconf: 'shared_buffers = 32MB\nmax_wal_size = 64MB' };

/**
 * Creates a new PGlite data directory (initdb) on a thread of its own. Creating takes some 700 MB of WebAssembly
 * memory that a PGlite instance never gives back; the thread's memory goes with the thread, and this process then
 * opens the new database as it opens an existing one.
 */
async function createPgliteApart(dir: string): Promise<void> {
  const module = import.meta.resolve('@electric-sql/pglite');
  const code = `import(${JSON.stringify(module)}).then(async ({ PGlite }) => (await PGlite.create(${JSON.stringify(dir)}, ${JSON.stringify(PGLITE_OPTIONS)})).close())`;
  const worker = new Worker(code, { eval: true });
  await new Promise<void>((resolveExit, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolveExit() : reject(new Error(`创建内嵌数据库失败（线程退出码 ${code}）：${dir}`))));
  });
}

export async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`数据库迁移失败${failed ? `（${failed}）` : ''}：${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function createSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${schema}`);
  } finally {
    await client.end();
  }
}

/** Drops a PostgreSQL schema and everything in it (tests clean up their own schema with this). */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`无效的模式名：${schema}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql';
  }
}

/** The PGlite data directory for a juesuan data directory (for messages). */
export const pgliteDir = (dataDir: string): string => join(resolve(dataDir), 'pglite');

/** Checks the connection (used by the health endpoint). */
export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
