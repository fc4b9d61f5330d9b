// Opening the store: PostgreSQL (`pg`) when a connection string is given, PGlite otherwise (on disk under a
// data directory, or in memory). Both go through the same kysely query layer and the same migrations.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { diskSpaceGuard, type FreeSpace } from './disk-space.js';
import { migrate } from './migrate.js';
import { openingDialect, OpeningDriver } from './opening-driver.js';
import { inThisThread, PGliteDialect, type EmbeddedDatabase } from './pglite-dialect.js';
import { hostAvailable, PgliteThread } from './pglite-thread.js';
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
  /**
   * Settles once the database is open and migrated (or could not be opened: rejected with the reason). Until then
   * every query fails at once as "unavailable" (opening-driver.ts).
   */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** Opens (and migrates to the latest schema) the store described by the options. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const store = startStore(options);
  try {
    await store.ready;
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

/**
 * The store described by the options, at once, while its database opens (and migrates) behind it: the server
 * answers from the first moment, 503 for what needs the database until `ready`.
 */
export function startStore(options: StoreOptions = {}): Store {
  const { databaseUrl, schema, dataDir } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`无效的模式名：${schema}`);
  const dir = dataDir === undefined ? undefined : pgliteDir(dataDir);
  // The disk-space guard measures the directory's file system from the first upload on.
  if (!databaseUrl && dir) mkdirSync(dir, { recursive: true });
  const location = databaseUrl ? redactUrl(databaseUrl) : (dir ?? 'memory');
  const gate = new OpeningDriver(location);
  const db = new Kysely<Database>({ dialect: openingDialect(gate) });
  const ready = (async () => {
    const embedded = databaseUrl ? undefined : await openEmbedded(dir);
    const dialect = embedded ? new PGliteDialect(embedded) : await postgresDialect(databaseUrl!, options);
    // Migrated before anyone else may query. Not destroyed afterwards: it owns nothing but the database, which the
    // store goes on using through a driver of its own (or which is closed here when migrating fails).
    const migrating = new Kysely<Database>({ dialect });
    try {
      await migrate(migrating, schema);
    } catch (e) {
      await migrating.destroy();
      throw e;
    }
    const driver = dialect.createDriver();
    await driver.init();
    gate.opened(driver);
  })();
  ready.catch((e: unknown) => gate.failed(e));
  const room = !databaseUrl && dir ? diskSpaceGuard(dir, options.freeSpace) : undefined;
  return {
    db,
    repo: new Repository(db, room),
    driver: databaseUrl ? 'postgres' : 'pglite',
    location,
    ready,
    close: async () => {
      await ready.catch(() => {});
      await db.destroy();
      await gate.destroy();
    },
  };
}

async function postgresDialect(databaseUrl: string, { schema, poolSize }: StoreOptions): Promise<PostgresDialect> {
  if (schema) await createSchema(databaseUrl, schema);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize ?? 10,
    // A database that is down or unreachable answers within seconds, not after the operating system's TCP timeout
    // (a request waiting for a free connection gives up as well; the server then answers 503).
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A client that loses its server (PostgreSQL restarting) must not bring the process down, whether it sits idle
  // in the pool or is checked out between the statements of a transaction: the next query reports the loss, and
  // the queue's workers wait and try again.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    // Our queries are short; on 100,000 disclosures JIT compiling them cost 50-150 ms each and never paid back
    // (BENCHMARKS.md). Queued before anything the pool hands the client out for; a failure shows on that query.
    client.query('set jit = off').catch(() => {});
  });
  return new PostgresDialect({ pool });
}

/**
 * PGlite on disk runs on a thread of its own, watched from here (pglite-thread.ts); in memory (tests), or from src/
 * where the thread's compiled entry is absent, in this thread.
 */
async function openEmbedded(dir: string | undefined): Promise<EmbeddedDatabase> {
  // PGlite's module is loaded only where it runs: on the thread, this thread need not load it.
  if (dir === undefined || !hostAvailable()) return inThisThread(await (await import('./pglite-open.js')).openPglite({ dir }));
  const thread = new PgliteThread({ dir });
  await thread.waitReady;
  return thread;
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
