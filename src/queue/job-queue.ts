// The job queue over the shared PostgreSQL: pg-boss (chosen over graphile-worker, see BENCHMARKS.md: a job whose
// worker was killed comes back after its timeout instead of staying locked for hours). One job per stored file,
// keyed by the file's SHA-256; the file itself is in the store's files table, so a worker on any machine with the
// same DATABASE_URL finds it. A job that fails three times is parked (pg-boss state "failed") with its error; one
// whose file the readers refuse (not a disclosure, empty, damaged, encrypted) is parked at the first failure.
import PgBoss from 'pg-boss';
import pg from 'pg';

/** The pg-boss queue that analyses stored files. */
export const ANALYSE = 'analyse';
/** Attempts before a document is parked. */
export const MAX_ATTEMPTS = 3;
export const DEFAULT_JOB_TIMEOUT_SECONDS = 600;

export interface QueueOptions {
  databaseUrl: string;
  /** The PostgreSQL schema pg-boss keeps its tables in (default juesuan_queue). */
  schema?: string | undefined;
  /**
   * A job not finished this long after it started is taken to be lost (its worker died) and is tried again. Set on
   * each job when it is queued; default 10 minutes (a large scanned PDF takes minutes of OCR).
   */
  jobTimeoutSeconds?: number | undefined;
  /** Pause before a failed job is tried again (default 5 s). */
  retryDelaySeconds?: number | undefined;
  /** Run pg-boss's maintenance here (expiring lost jobs); workers do, one-shot commands need not. */
  supervise?: boolean | undefined;
  /** Connections pg-boss may open (default 2). */
  poolSize?: number | undefined;
  /** pg-boss's own errors (a lost connection while it maintains the queue); they do not stop anything. */
  onError?: ((e: Error) => void) | undefined;
}

export interface JobData {
  sha256: string;
  /** The file name as given, for messages. */
  name: string;
}

export interface FetchedJob extends JobData {
  id: string;
  /** 1 for the first attempt. */
  attempt: number;
  expireInSeconds: number;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** Why a job failed, as stored in pg-boss's output and shown by `juesuan jobs`. */
export interface JobError {
  code: string;
  message: string;
}

export interface Progress {
  queued: number;
  active: number;
  /** Waiting to be tried again after a failure. */
  retrying: number;
  done: number;
  /** Parked: failed MAX_ATTEMPTS times. */
  failed: number;
  /** Jobs finished (done or parked) per minute, over the last minute and the last ten. */
  perMinute: { last1: number; last10: number };
  /** The most recently parked documents with their errors. */
  parked: { name: string; sha256: string; error: JobError; at: string }[];
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export class JobQueue {
  readonly #boss: PgBoss;
  readonly #schema: string;
  readonly #timeout: number;

  private constructor(boss: PgBoss, schema: string, timeout: number) {
    this.#boss = boss;
    this.#schema = schema;
    this.#timeout = timeout;
  }

  /** Connects, creates or updates pg-boss's tables and the queue. Throws when the database cannot be reached. */
  static async open(options: QueueOptions): Promise<JobQueue> {
    const schema = options.schema ?? 'juesuan_queue';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`无效的模式名：${schema}`);
    const timeout = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema,
      max: options.poolSize ?? 2,
      application_name: 'juesuan-queue',
      supervise: options.supervise ?? false,
      schedule: false,
      // Lost jobs are found by the maintenance run: often enough that a killed worker's job waits little longer
      // than its timeout.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(timeout / 4))),
    });
    boss.on('error', (e: Error) => options.onError?.(e));
    await boss.start();
    try {
      if (!(await boss.getQueue(ANALYSE))) {
        await boss.createQueue(ANALYSE, {
          name: ANALYSE,
          policy: 'standard',
          retryLimit: MAX_ATTEMPTS - 1,
          retryDelay: options.retryDelaySeconds ?? 5,
          expireInSeconds: timeout,
          retentionDays: 30,
        });
      }
    } catch (e) {
      // Two workers starting together both find no queue; the second create fails on the unique name.
      if (!(await boss.getQueue(ANALYSE).catch(() => null))) {
        await boss.stop({ graceful: false, wait: true });
        throw e;
      }
    }
    return new JobQueue(boss, schema, timeout);
  }

  /** The state of the latest job for this file, with its error when it was parked. */
  async stateOf(sha256: string): Promise<{ state: JobState; error?: JobError } | undefined> {
    const { rows } = await this.#sql<{ state: JobState; output: unknown }>(
      `select state, output from (select state, output, created_on from ${this.#schema}.job where name = $1 and singleton_key = $2
         union all select state, output, created_on from ${this.#schema}.archive where name = $1 and singleton_key = $2) j
       order by created_on desc limit 1`,
      [ANALYSE, sha256],
    );
    const row = rows[0];
    if (!row) return undefined;
    return row.state === 'failed' ? { state: row.state, error: jobError(row.output) } : { state: row.state };
  }

  /**
   * Queues a stored file, unless a job for it is waiting or running (`pending`), or it was parked (`parked`; with
   * `retryParked` it is queued again). A file already analysed is the caller's to skip (the store knows; a
   * completed job whose disclosure was deleted since is queued again).
   */
  async send(job: JobData, options: { retryParked?: boolean } = {}): Promise<'queued' | 'pending' | 'parked'> {
    const current = await this.stateOf(job.sha256);
    if (current && ['created', 'retry', 'active'].includes(current.state)) return 'pending';
    if (current?.state === 'failed' && !options.retryParked) return 'parked';
    await this.#boss.send(ANALYSE, { ...job }, { singletonKey: job.sha256, expireInSeconds: this.#timeout });
    return 'queued';
  }

  /** The next job, if any; it is this worker's until it completes, fails or times out. */
  async fetch(): Promise<FetchedJob | undefined> {
    const [job] = await this.#boss.fetch<JobData>(ANALYSE, { batchSize: 1, includeMetadata: true });
    if (!job) return undefined;
    return { id: job.id, sha256: job.data.sha256, name: job.data.name, attempt: job.retryCount + 1, expireInSeconds: job.expireInSeconds };
  }

  async complete(id: string, output: object): Promise<void> {
    await this.#boss.complete(ANALYSE, id, output);
  }

  /**
   * Fails an attempt: the job is tried again after the retry delay, or parked after the last attempt — or at once
   * when `final` (the readers' verdict on the file itself, which another attempt would only repeat).
   */
  async fail(id: string, error: JobError, options: { final?: boolean } = {}): Promise<void> {
    if (options.final) await this.#sql(`update ${this.#schema}.job set retry_limit = retry_count where name = $1 and id = $2`, [ANALYSE, id]);
    await this.#boss.fail(ANALYSE, id, { ...error });
  }

  async progress(): Promise<Progress> {
    const jobs = `(select state, completed_on, created_on, singleton_key, data, output from ${this.#schema}.job where name = $1
      union all select state, completed_on, created_on, singleton_key, data, output from ${this.#schema}.archive where name = $1)`;
    const [counts, parked] = await Promise.all([
      this.#sql<{ state: JobState; n: string; last1: string; last10: string }>(
        `select state, count(*) as n, count(*) filter (where completed_on > now() - interval '1 minute') as last1,
           count(*) filter (where completed_on > now() - interval '10 minutes') as last10 from ${jobs} j group by state`,
        [ANALYSE],
      ),
      this.#sql<{ singleton_key: string; data: JobData; output: unknown; completed_on: Date }>(
        `select singleton_key, data, output, completed_on from ${jobs} j where state = 'failed' order by completed_on desc limit 10`,
        [ANALYSE],
      ),
    ]);
    const by = new Map(counts.rows.map((r) => [r.state, r]));
    const n = (state: JobState) => Number(by.get(state)?.n ?? 0);
    const finished = (key: 'last1' | 'last10') => Number(by.get('completed')?.[key] ?? 0) + Number(by.get('failed')?.[key] ?? 0);
    return {
      queued: n('created'),
      active: n('active'),
      retrying: n('retry'),
      done: n('completed'),
      failed: n('failed'),
      perMinute: { last1: finished('last1'), last10: finished('last10') / 10 },
      parked: parked.rows.map((r) => ({ name: r.data.name, sha256: r.singleton_key, error: jobError(r.output), at: new Date(r.completed_on).toISOString() })),
    };
  }

  /** Stops pg-boss (its maintenance and connections); a job under way elsewhere is not touched. */
  async close(): Promise<void> {
    await this.#boss.stop({ graceful: false, wait: true, close: true });
  }

  async #sql<R>(text: string, values: unknown[]): Promise<{ rows: R[] }> {
    return (await this.#boss.getDb().executeSql(text, values)) as { rows: R[] };
  }
}

function jobError(output: unknown): JobError {
  const o = (output ?? {}) as { code?: unknown; message?: unknown; value?: { message?: unknown } | string };
  if (typeof o.message === 'string') return { code: typeof o.code === 'string' ? o.code : 'failed', message: o.message };
  // pg-boss's own failures (a job that timed out) store its message under `value`.
  const value = typeof o.value === 'string' ? o.value : o.value?.message;
  return { code: 'timeout', message: typeof value === 'string' ? `处理超时：${value}` : JSON.stringify(output) };
}

/** For tests and tools: drops the queue's schema with every job in it. */
export async function dropQueueSchema(databaseUrl: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`无效的模式名：${schema}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
