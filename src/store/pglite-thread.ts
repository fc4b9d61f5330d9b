// The embedded database on disk, on a thread of its own (pglite-host.ts) with a watchdog here. PGlite runs
// PostgreSQL in WebAssembly on the thread that opened it; after a WAL write fails for want of space it can spin there
// for good (issue 15: 100% CPU, nothing answered, SIGTERM ignored, no recovery when space is freed). On its own
// thread it cannot take the process with it: a statement that does not answer, or that saw the disk refuse a write,
// ends the thread, and a new one opens the same directory, where PostgreSQL recovers from its WAL what was
// committed. Meanwhile every statement fails at once as "unavailable" (503 with Retry-After); the statement that hit
// the full disk fails as disk full (507). A transaction belongs to the thread it began on: its later statements
// fail once that thread has ended, and never run outside it on the new one.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { PgliteLocation } from './pglite-open.js';
import type { EmbeddedDatabase, Queryable, QueryRows } from './pglite-dialect.js';

interface ErrorData {
  message: string;
  fields: Record<string, string>;
}

export type HostRequest = { type: 'query'; id: number; sql: string; params: unknown[] } | { type: 'close' };

export type HostReply =
  | { type: 'ready' }
  | { type: 'open-failed'; error: ErrorData }
  | { type: 'disk-full'; code: string }
  | { type: 'result'; id: number; rows: unknown[]; affectedRows?: number | undefined }
  | { type: 'error'; id: number; error: ErrorData };

export interface WatchdogTimes {
  /** A statement still unanswered after this long is taken as stuck. */
  stuckMs: number;
  /** Once the disk refused a write, how long the statement at hand may still take to answer. */
  diskFullGraceMs: number;
  /** Opening (recovery included) still unfinished after this long is taken as stuck. */
  openMs: number;
  /** A clean close still unfinished after this long ends the thread. */
  closeMs: number;
  /** The longest wait between attempts to open again. */
  retryMaxMs: number;
}

/**
 * Generous for one statement (the store's slowest, an aggregation over 100,000 disclosures, takes seconds): a false
 * alarm only costs a reopen and a 503. A full disk is answered after diskFullGraceMs whatever stuckMs is.
 */
export const DEFAULT_WATCHDOG: WatchdogTimes = { stuckMs: 60_000, diskFullGraceMs: 2_000, openMs: 180_000, closeMs: 30_000, retryMaxMs: 10_000 };

const HOST = new URL('./pglite-host.js', import.meta.url);

/** True when the compiled host exists (not when running from src/ under the tests, as for the analysis pool). */
export const hostAvailable = (): boolean => existsSync(HOST);

/** Fails a statement as a PostgreSQL that is restarting does (SQLSTATE 57P03): faults.ts reads it as "unavailable". */
export class DatabaseRestartingError extends Error {
  readonly code = '57P03';
  constructor(dir: string, why: string, options?: ErrorOptions) {
    super(`内嵌数据库正在重新打开（${why}）：${dir}`, options);
  }
}

/** The statement during which the disk refused a write: faults.ts reads it as "disk full". */
class DatabaseDiskFullError extends Error {
  constructor(
    dir: string,
    readonly code: string,
  ) {
    super(`内嵌数据库写入时磁盘已满（No space left on device）：${dir}`);
  }
}

const asError = ({ message, fields }: ErrorData): Error => Object.assign(new Error(message), fields);

interface Pending {
  resolve(rows: QueryRows<unknown>): void;
  reject(e: unknown): void;
}

/** One thread and the PGlite it opened. It ends once: stuck, disk full, failed, or closed. */
class Host implements Queryable {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #ended: Error | undefined;
  #diskFull: string | undefined;
  #ready = false;
  #timer: NodeJS.Timeout | undefined;
  #opened!: { resolve(): void; reject(e: Error): void };
  readonly opened: Promise<void>;

  constructor(
    private readonly location: PgliteLocation & { dir: string },
    private readonly times: WatchdogTimes,
    entry: URL,
    private readonly onEnd: (host: Host) => void,
  ) {
    this.opened = new Promise((resolve, reject) => (this.#opened = { resolve, reject }));
    this.#worker = new Worker(entry, { workerData: location });
    this.#worker.on('message', (reply: HostReply) => this.#receive(reply));
    this.#worker.on('error', (e) => this.#end(new DatabaseRestartingError(location.dir, `数据库线程出错：${e.message}`, { cause: e })));
    this.#worker.on('exit', (code) => this.#end(new DatabaseRestartingError(location.dir, `数据库线程已退出，退出码 ${code}`)));
    this.#watch(times.openMs, '打开数据库超时');
  }

  query<R>(sql: string, params: unknown[]): Promise<QueryRows<R>> {
    if (this.#ended) return Promise.reject(this.#ended);
    const id = this.#nextId++;
    const answer = new Promise<QueryRows<R>>((resolve, reject) => this.#pending.set(id, { resolve: resolve as Pending['resolve'], reject }));
    this.#worker.postMessage({ type: 'query', id, sql, params } satisfies HostRequest);
    this.#watch(this.#diskFull ? this.times.diskFullGraceMs : this.times.stuckMs, '语句长时间未应答');
    return answer;
  }

  /** Closes PGlite cleanly (a checkpoint), or ends the thread when that does not finish in time. */
  async close(): Promise<void> {
    if (this.#ended) return;
    const exited = new Promise<void>((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.postMessage({ type: 'close' } satisfies HostRequest);
    this.#watch(this.times.closeMs, '关闭数据库超时');
    await exited;
  }

  /** Ends the thread at once (a close that cannot wait for an open stuck on a full disk). */
  abandon(): void {
    this.#end(new DatabaseRestartingError(this.location.dir, '数据库已关闭'));
  }

  /** At most one timer: the open, the statement at hand, or the close. */
  #watch(ms: number, why: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#end(this.#diskFull ? new DatabaseDiskFullError(this.location.dir, this.#diskFull) : new DatabaseRestartingError(this.location.dir, why)), ms);
  }

  #receive(reply: HostReply): void {
    switch (reply.type) {
      case 'ready':
        this.#ready = true;
        clearTimeout(this.#timer);
        this.#opened.resolve();
        return;
      case 'open-failed':
        this.#end(asError(reply.error));
        return;
      case 'disk-full':
        // PostgreSQL may still answer (an ERROR, disk_full) or may spin: either way this thread is done with.
        this.#diskFull = reply.code;
        if (!this.#ready || this.#pending.size > 0) this.#watch(this.times.diskFullGraceMs, '磁盘已满');
        return;
    }
    const pending = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) clearTimeout(this.#timer);
    if (reply.type === 'result') pending?.resolve(reply.affectedRows === undefined ? { rows: reply.rows } : { rows: reply.rows, affectedRows: reply.affectedRows });
    else pending?.reject(asError(reply.error));
    if (this.#diskFull && this.#pending.size === 0) this.#end(new DatabaseDiskFullError(this.location.dir, this.#diskFull));
  }

  #end(reason: Error): void {
    if (this.#ended) return;
    this.#ended = reason;
    clearTimeout(this.#timer);
    this.#opened.reject(reason);
    for (const p of this.#pending.values()) p.reject(reason);
    this.#pending.clear();
    void this.#worker.terminate();
    this.onEnd(this);
  }
}

/** The embedded database on disk, on its own thread, opened again whenever that thread had to be ended. */
export class PgliteThread implements EmbeddedDatabase {
  #host: Host | undefined;
  /** The thread being opened, not yet answering. */
  #opening: Host | undefined;
  #closed = false;
  #reopening: Promise<void> | undefined;
  /** Cuts short the wait between attempts to open again. */
  #wake: (() => void) | undefined;
  readonly waitReady: Promise<void>;

  constructor(
    private readonly location: PgliteLocation & { dir: string },
    private readonly times: WatchdogTimes = DEFAULT_WATCHDOG,
    /** The thread's entry: the compiled pglite-host.js beside this module (tests from src/ name dist's). */
    private readonly entry: URL = HOST,
  ) {
    // The first open is not retried: a directory that cannot be opened at all is reported (juesuan serve exits 2).
    this.waitReady = this.#open();
  }

  session(): Queryable {
    if (this.#closed) throw new DatabaseRestartingError(this.location.dir, '数据库已关闭');
    if (!this.#host) throw new DatabaseRestartingError(this.location.dir, '上一个数据库线程已终止');
    return this.#host;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#opening?.abandon();
    this.#wake?.();
    await this.#reopening;
    const host = this.#host;
    this.#host = undefined;
    await host?.close();
  }

  async #open(): Promise<void> {
    const host = new Host(this.location, this.times, this.entry, (ended) => this.#ended(ended));
    this.#opening = host;
    try {
      await host.opened;
    } finally {
      this.#opening = undefined;
    }
    if (this.#closed) await host.close();
    else this.#host = host;
  }

  #ended(host: Host): void {
    if (this.#host !== host) return;
    this.#host = undefined;
    if (this.#closed) return;
    this.#reopening = this.#reopen().finally(() => (this.#reopening = undefined));
  }

  /** Tries again until the database opens (a disk still full can fail the recovery), waiting longer each time. */
  async #reopen(): Promise<void> {
    for (let wait = 500; !this.#closed; wait = Math.min(wait * 2, this.times.retryMaxMs)) {
      try {
        await this.#open();
        return;
      } catch {
        if (this.#closed) return;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.#wake = undefined;
      }
    }
  }
}
