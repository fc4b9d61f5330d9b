// A store usable before its database is open: the server listens at once and opens the database behind it (a new
// embedded database takes seconds). Until the database is open, every query fails at once as PostgreSQL itself
// fails while it starts (SQLSTATE 57P03, cannot_connect_now), which the store's fault classification (faults.ts)
// reads as "unavailable": the server answers 503 with Retry-After, and pages that need no data are served.
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';

export class DatabaseOpeningError extends Error {
  readonly code = '57P03';
  constructor(location: string) {
    super(`数据库正在打开：${location}`);
  }
}

/** Both stores' drivers (PGlite's and pg's) have savepoints, which kysely's nested transactions use. */
type SavepointDriver = Driver & Required<Pick<Driver, 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint'>>;
const hasSavepoints = (driver: Driver): driver is SavepointDriver => Boolean(driver.savepoint && driver.rollbackToSavepoint && driver.releaseSavepoint);

/** Kysely initialises a driver before its first query, and again after a failed initialisation: that is the gate. */
export class OpeningDriver implements Driver {
  #driver: SavepointDriver | undefined;
  #failure: unknown;
  #destroyed: Promise<void> | undefined;

  constructor(private readonly location: string) {}

  /** The database is open (and initialised): queries go to its driver from now on. */
  opened(driver: Driver): void {
    if (!hasSavepoints(driver)) throw new Error('数据库驱动不支持保存点');
    this.#driver = driver;
  }

  /** The database could not be opened: queries fail with the reason. */
  failed(reason: unknown): void {
    this.#failure = reason;
  }

  async init(): Promise<void> {
    if (!this.#driver) throw this.#failure ?? new DatabaseOpeningError(this.location);
  }

  get #open(): SavepointDriver {
    if (!this.#driver) throw new DatabaseOpeningError(this.location);
    return this.#driver;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#open.acquireConnection();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#open.beginTransaction(connection, settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#open.commitTransaction(connection);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#open.rollbackTransaction(connection);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#open.savepoint(connection, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#open.rollbackToSavepoint(connection, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#open.releaseSavepoint(connection, name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#open.releaseConnection(connection);
  }

  /** Closes the database once, whoever asks first (Kysely, or the store when no query ever ran). */
  destroy(): Promise<void> {
    this.#destroyed ??= this.#driver?.destroy() ?? Promise.resolve();
    return this.#destroyed;
  }
}

/** Both stores speak PostgreSQL: only the driver differs. */
export const openingDialect = (driver: OpeningDriver): Dialect => ({
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => driver,
  createIntrospector: (db) => new PostgresIntrospector(db),
  createQueryCompiler: () => new PostgresQueryCompiler(),
});
