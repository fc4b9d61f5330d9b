// The one pool of the pipeline: the CLI's batches, the server's uploads, re-audits and source views, and the queue
// workers all analyse on it. Reading a large PDF or OCR-ing a scan takes seconds of CPU, so the work runs on
// worker threads (tinypool), one document per thread at a time. From src/ (tests, where no compiled worker
// exists) or with `threads: 0`, the same tasks run in this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { Analysis } from '../model/analysis.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Layout } from '../read/layout.js';
import { runTask, unwrap, type Task, type TaskResults } from './pool-task.js';
import { currentRulesVersion } from './rules-version.js';

/** What the server, the re-audit and the queue need of the pipeline: bytes in, analysis out, and the rules' version. */
export interface Analyser {
  /** Identifies the reader, extractor and rules that produce an analysis; a change triggers re-audit. */
  readonly rulesVersion: string;
  /** Throws an InputError (with a machine code and a Chinese message) for a file a user must fix. */
  analyse(name: string, bytes: Uint8Array, options?: { signal?: AbortSignal }): Promise<Analysis>;
  /** Only the reader (for the source viewer), where it should run: default, this thread. */
  readLayout?(name: string, bytes: Uint8Array): Promise<Layout>;
}

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
}

const WORKER = new URL('./pool-worker.js', import.meta.url);

/** True when the compiled worker exists (not when running from src/ under the tests). */
export const threadsAvailable = (): boolean => existsSync(fileURLToPath(WORKER));

export function createPool(options: PoolOptions = {}): Pool {
  const threads = threadsAvailable() ? Math.max(0, options.threads ?? availableParallelism()) : 0;
  let closed = false;
  let submit: (task: Task, signal?: AbortSignal) => Promise<unknown>;
  let close: () => Promise<void>;
  if (threads === 0) {
    submit = async (task) => {
      if (closed) throw new Error('分析已停止');
      return unwrap(await runTask(task));
    };
    close = () => Promise.resolve();
  } else {
    const pool = new Tinypool({ filename: WORKER.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 1 });
    submit = async (task, signal) => unwrap(await pool.run(task, signal ? { signal } : {}));
    close = () => pool.destroy();
  }
  const run = <K extends Task['kind']>(task: Extract<Task, { kind: K }>, signal?: AbortSignal) => submit(task, signal) as Promise<TaskResults[K]>;
  return {
    // Hashing the code takes a moment: only the server, re-audit and the queue ask for it.
    get rulesVersion() {
      return options.rulesVersion ?? currentRulesVersion();
    },
    threads,
    analyse: (name, bytes, opts) => run({ kind: 'analyse', name, bytes }, opts?.signal),
    analyseFile: (file) => run({ kind: 'analyse-file', file }),
    extractFile: (file) => run({ kind: 'extract-file', file }),
    readLayout: (name, bytes) => run({ kind: 'layout', name, bytes }),
    close: async () => {
      closed = true;
      await close();
    },
  };
}
