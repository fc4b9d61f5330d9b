// A queue worker: takes jobs, analyses the stored file on the pipeline's pool, stores the analysis and completes
// the job. It holds nothing of its own: the file comes from the store, the result goes to the store, and the job's
// state lives in the queue, so any number of workers on any machines can share one DATABASE_URL.
//
// Faults: a worker killed mid-job leaves the job active until its timeout, when pg-boss hands it to another
// worker; storing is one transaction keyed by the file's hash, so a job run twice stores once. A database restart
// makes the steps under way wait and try again (reconnect.ts). A job that fails three times is parked; one whose
// file the readers refuse is parked at once.
import { InputError } from '../model/errors.js';
import { storeAnalysis } from '../pipeline/ingest.js';
import type { Analyser } from '../pipeline/pool.js';
import type { Repository } from '../store/repository.js';
import type { FetchedJob, JobError, JobQueue } from './job-queue.js';
import { MAX_ATTEMPTS } from './job-queue.js';
import { sleep, withReconnect } from './reconnect.js';

/**
 * The readers' verdicts on a file itself: reading it again anywhere gives the same answer, so the job is parked at
 * once. That includes going over a limit: the read budget's counts, and the pool's time and memory limits, which a
 * file that needs more than the job's whole time on one worker would meet on the next as well. Others (an internal
 * error, a worker that vanished, a format this machine cannot read, such as a scan without OCR installed) are
 * tried again, on whichever worker takes them, up to MAX_ATTEMPTS.
 */
const FINAL_CODES = new Set(['not-a-disclosure', 'empty-file', 'unreadable-file', 'truncated-document', 'file-missing', 'over-limit']);

export type WorkerEvent =
  | { kind: 'start'; job: FetchedJob }
  | { kind: 'done'; job: FetchedJob; id: number; created: boolean; ms: number }
  | { kind: 'failed'; job: FetchedJob; error: JobError; parked: boolean }
  | { kind: 'connection-lost'; error: unknown }
  | { kind: 'connection-back' };

export interface WorkerOptions {
  repo: Repository;
  queue: JobQueue;
  analyser: Analyser;
  /** The analyser's threads (default 1). The worker holds one job more than that, so that while one job is being
   * fetched, read from the store or stored, the threads analyse the others instead of waiting on the database. */
  concurrency?: number;
  /** Stops taking jobs; jobs under way finish first. */
  signal?: AbortSignal;
  /** Pause when the queue is empty (default 500 ms). */
  pollMs?: number;
  onEvent?: (event: WorkerEvent) => void;
}

export async function runWorker(options: WorkerOptions): Promise<void> {
  const { repo, queue, analyser, signal } = options;
  const emit = options.onEvent ?? (() => {});
  // One report per outage, however many steps notice it.
  let lost = false;
  const reconnect = {
    signal,
    onLost: (error: unknown) => {
      if (!lost) emit({ kind: 'connection-lost', error });
      lost = true;
    },
    onBack: () => {
      if (lost) emit({ kind: 'connection-back' });
      lost = false;
    },
  };
  const db = <T>(step: () => Promise<T>) => withReconnect(step, reconnect);

  async function process(job: FetchedJob): Promise<void> {
    emit({ kind: 'start', job });
    const started = Date.now();
    let error: JobError;
    try {
      const stored = await db(() => repo.idBySha256(job.sha256));
      if (stored !== undefined) {
        // An earlier attempt stored it and died before completing the job.
        await db(() => queue.complete(job.id, { id: stored, created: false }));
        emit({ kind: 'done', job, id: stored, created: false, ms: Date.now() - started });
        return;
      }
      const file = await db(() => repo.fileBySha256(job.sha256));
      if (!file) {
        error = { code: 'file-missing', message: `文件 ${job.name} 不在库中（可能已被删除）` };
      } else {
        // Past the job's timeout the queue gives it to another worker: stop working on it here by then.
        const analysis = await analyser.analyse(file.name, file.bytes, { seconds: job.expireInSeconds });
        const result = await db(() => storeAnalysis(repo, { sha256: job.sha256 }, analysis, analyser.rulesVersion));
        await db(() => queue.complete(job.id, result));
        emit({ kind: 'done', job, id: result.id, created: result.created, ms: Date.now() - started });
        return;
      }
    } catch (e) {
      if (signal?.aborted && !(e instanceof InputError)) return; // shutting down: the job times out and runs elsewhere
      error = e instanceof InputError ? { code: e.code, message: e.message } : { code: 'internal', message: e instanceof Error ? e.message : String(e) };
    }
    const final = FINAL_CODES.has(error.code);
    await db(() => queue.fail(job.id, error, { final })).catch(() => {});
    emit({ kind: 'failed', job, error, parked: final || job.attempt >= MAX_ATTEMPTS });
  }

  const lane = async (): Promise<void> => {
    while (!signal?.aborted) {
      let job: FetchedJob | undefined;
      try {
        job = await db(() => queue.fetch());
      } catch (e) {
        if (signal?.aborted) return;
        throw e;
      }
      if (job) await process(job);
      else await sleep(options.pollMs ?? 500, signal);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) + 1 }, lane));
}
