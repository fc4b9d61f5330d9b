// A kysely dialect for PGlite (embedded PostgreSQL in WebAssembly), in this thread or on a thread of its own
// (pglite-thread.ts). PGlite is one connection, so the driver hands it out to one user at a time (a transaction
// holds it from BEGIN to COMMIT); everything else — SQL, adapter, introspection — is PostgreSQL's.
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** A FIFO lock: one holder at a time, waiters served in arrival order. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return acquired;
  }
}

export interface QueryRows<R> {
  rows: R[];
  affectedRows?: number | undefined;
}

/** Where statements run: PGlite itself, or the thread hosting it. */
export interface Queryable {
  query<R>(sql: string, params: unknown[]): Promise<QueryRows<R>>;
}

/** What the driver needs of an embedded database. */
export interface EmbeddedDatabase {
  /** Where the next transaction or statement runs; throws when the database cannot take one now. */
  session(): Queryable;
  readonly waitReady: Promise<void>;
  close(): Promise<void>;
}

/** PGlite in this thread (in memory, or when the thread's compiled host is absent). */
export const inThisThread = (pglite: PGlite): EmbeddedDatabase => ({
  session: () => pglite,
  waitReady: pglite.waitReady,
  close: async () => {
    if (!pglite.closed) await pglite.close();
  },
});

class PGliteConnection implements DatabaseConnection {
  constructor(readonly session: Queryable) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.session.query<R>(compiled.sql, [...compiled.parameters]);
    return result.affectedRows === undefined ? { rows: result.rows } : { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite 驱动不支持流式查询');
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new Mutex();
  #release: (() => void) | undefined;

  constructor(readonly database: EmbeddedDatabase) {}

  async init(): Promise<void> {
    await this.database.waitReady;
  }

  /** A transaction keeps the session it began on, even when the database is opened again meanwhile. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock();
    try {
      const connection = new PGliteConnection(this.database.session());
      this.#release = release;
      return connection;
    } catch (e) {
      release();
      throw e;
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const mode = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean).join(' ');
    await connection.executeQuery(CompiledQuery.raw(mode ? `begin transaction ${mode}` : 'begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdent(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdent(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdent(name)}`));
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.database.close();
  }
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export class PGliteDialect implements Dialect {
  constructor(readonly database: EmbeddedDatabase) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.database);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}
