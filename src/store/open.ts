// Opening the store: PostgreSQL (`pg`) when a connection string is given, PGlite otherwise (on disk under a
// data directory, or in memory). Both go through the same kysely query layer and the same migrations.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
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
  if (databaseUrl) {
    driver = 'postgres';
    location = redactUrl(databaseUrl);
    if (schema) await createSchema(databaseUrl, schema);
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
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
      pglite = await PGlite.create(dir);
      location = dir;
    } else {
      pglite = await PGlite.create();
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
  return { db, repo: new Repository(db), driver, location, close: () => db.destroy() };
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
