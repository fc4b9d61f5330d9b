// The one pool of the pipeline: the CLI's batches, the server's uploads, re-audits and source views, and the queue
// workers all analyse on it. Reading a large PDF or OCR-ing a scan takes seconds of CPU, so the work runs on
// worker threads (tinypool), one document per thread at a time. From src/ (tests, where no compiled worker
// exists) or with `threads: 0`, the same tasks run in this thread.
//
// The read budget (src/read/budget.ts) refuses what it can count; what it cannot — a parse that runs away, memory
// it did not foresee — the threads bound: each has a heap limit, and a task running past its time limit has its
// thread terminated. Either way the caller gets a LimitExceededError naming the limit, and a fresh thread takes
// the old one's place. Threads start on demand and end after a minute idle, so a server at rest holds none.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { Analysis } from '../model/analysis.js';
import type { Disclosure } from '../model/disclosure.js';
import { LimitExceededError } from '../model/errors.js';
import type { Layout } from '../read/layout.js';
import { removeAll as removeScratch } from '../read/temp-dir.js';
import { runTask, unwrap, type Task, type TaskResults } from './pool-task.js';
import { currentRulesVersion } from './rules-version.js';

/** What the server, the re-audit and the queue need of the pipeline: bytes in, analysis out, and the rules' version. */
export interface Analyser {
  /** Identifies the reader, extractor and rules that produce an analysis; a change triggers re-audit. */
  readonly rulesVersion: string;
  /**
   * Throws an InputError (with a machine code and a Chinese message) for a file a user must fix, a
   * LimitExceededError past the time or memory limit.
   */
  analyse(name: string, bytes: Uint8Array, options?: AnalyseOptions): Promise<Analysis>;
  /** Only the reader (for the source viewer), where it should run: default, this thread. */
  readLayout?(name: string, bytes: Uint8Array): Promise<Layout>;
}

export interface AnalyseOptions {
  /** Stops the task (its thread is terminated); the caller's abort, not the file's fault. */
  signal?: AbortSignal | undefined;
  /** This task's time limit, when it is shorter than the pool's (a queue job's remaining time). */
  seconds?: number | undefined;
}

/** What one document may cost on a thread, past the read budget's counts. */
export interface PoolLimits {
  /** Wall time of one task, from when a thread takes it. */
  seconds: number;
  /** Old-generation heap of each thread (worker_threads resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
}

/**
 * A 30-page PDF reads in a few seconds and 100 scanned pages (the read budget's OCR limit) in about 6 minutes;
 * a real disclosure's reading stays under 200 MB of heap. The server's two threads (2 cores) at the heap limit
 * stay under its 1.5 GB.
 */
export const DEFAULT_POOL_LIMITS: PoolLimits = { seconds: 600, heapMb: 512 };

export interface Pool extends Analyser {
  /** Worker threads in use (0: this thread). */
  readonly threads: number;
  analyseFile(file: string): Promise<Analysis>;
  extractFile(file: string): Promise<Disclosure>;
  readLayout(name: string, bytes: Uint8Array): Promise<Layout>;
  /** Stops the threads; work not yet finished is rejected. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads; default one per available core. 0 runs everything in this thread. */
  threads?: number | undefined;
  rulesVersion?: string | undefined;
  /** Applies on threads only: this thread cannot be stopped from itself. */
  limits?: Partial<PoolLimits> | undefined;
}

const WORKER = new URL('./pool-worker.js', import.meta.url);

/** True when the compiled worker exists (not when running from src/ under the tests). */
export const threadsAvailable = (): boolean => existsSync(fileURLToPath(WORKER));

/** For a command-line process: the readers' scratch folders go on Ctrl-C and SIGTERM too. */
export { removeTempDirsOnSignals } from '../read/temp-dir.js';

let scratchHooked = false;
function removeScratchOnExit(): void {
  if (scratchHooked) return;
  scratchHooked = true;
  process.once('exit', removeScratch);
}

export function createPool(options: PoolOptions = {}): Pool {
  const threads = threadsAvailable() ? Math.max(0, options.threads ?? availableParallelism()) : 0;
  const limits = { ...DEFAULT_POOL_LIMITS, ...options.limits };
  let closed = false;
  let submit: (task: Task, opts?: AnalyseOptions) => Promise<unknown>;
  let close: () => Promise<void>;
  if (threads === 0) {
    submit = async (task) => {
      if (closed) throw new Error('分析已停止');
      return unwrap(await runTask(task));
    };
    close = () => Promise.resolve();
  } else {
    // The threads' readers keep their scratch space (OCR page images …) under this process's folder, which the
    // readers remove at exit only when the main thread used it: a thread cannot hook the process's exit.
    removeScratchOnExit();
    const pool = new Tinypool({
      filename: WORKER.href,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 60_000,
      concurrentTasksPerWorker: 1,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    // Tasks wait here, not in tinypool's queue, so that a task's time runs from when a thread takes it.
    const free = new Slots(threads);
    submit = async (task, opts = {}) => {
      await free.take(opts.signal);
      try {
        const seconds = Math.min(limits.seconds, opts.seconds ?? Infinity);
        const timeUp = AbortSignal.timeout(seconds * 1000);
        const signal = opts.signal ? AbortSignal.any([opts.signal, timeUp]) : timeUp;
        try {
          return unwrap(await pool.run(task, { signal }));
        } catch (e) {
          if (timeUp.aborted && !opts.signal?.aborted) throw new LimitExceededError(subject(task), `分析用时超过 ${seconds} 秒的上限，已停止`);
          if ((e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new LimitExceededError(subject(task), `分析所需内存超过 ${limits.heapMb} MB 的上限，已停止`);
          throw e;
        }
      } finally {
        free.give();
      }
    };
    close = async () => {
      free.close();
      await pool.destroy();
    };
  }
  const run = <K extends Task['kind']>(task: Extract<Task, { kind: K }>, opts?: AnalyseOptions) => submit(task, opts) as Promise<TaskResults[K]>;
  return {
    // Hashing the code takes a moment: only the server, re-audit and the queue ask for it.
    get rulesVersion() {
      return options.rulesVersion ?? currentRulesVersion();
    },
    threads,
    analyse: (name, bytes, opts) => run({ kind: 'analyse', name, bytes }, opts),
    analyseFile: (file) => run({ kind: 'analyse-file', file }),
    extractFile: (file) => run({ kind: 'extract-file', file }),
    readLayout: (name, bytes) => run({ kind: 'layout', name, bytes }),
    close: async () => {
      closed = true;
      await close();
    },
  };
}

const subject = (task: Task): string => ('file' in task ? task.file : task.name);

/** Counts threads free to take a task; waiters go first come, first served. */
class Slots {
  readonly #waiting: { go: () => void; stop: (e: Error) => void }[] = [];
  #closed = false;
  constructor(private free: number) {}

  take(signal?: AbortSignal): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('分析已停止'));
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        go: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        stop: (e: Error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      const onAbort = () => {
        this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next.go();
    else this.free++;
  }

  /** Rejects every waiting task. */
  close(): void {
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter.stop(new Error('分析已停止'));
  }
}
