// Several files through the pipeline at once: a pool of worker threads (one per available core), or this
// thread when there is a single file or no compiled worker (tests running on src/).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Command } from './args.js';
import { describeError } from './errors.js';
import { runJob, type JobRequest, type Outcome } from './jobs.js';

const WORKER = new URL('./worker.js', import.meta.url);

/** Runs jobs one at a time on one worker thread, replacing the thread if it dies. */
class WorkerLane {
  private worker: Worker | undefined;

  run<C extends Command>(command: C, file: string): Promise<Outcome<C>> {
    const worker = (this.worker ??= new Worker(WORKER));
    return new Promise((resolve) => {
      const settle = (outcome: Outcome<C>, dead: boolean): void => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (dead) {
          void worker.terminate();
          this.worker = undefined;
        }
        resolve(outcome);
      };
      const onMessage = (outcome: Outcome<C>): void => settle(outcome, false);
      const onError = (e: unknown): void => settle({ file, ok: false, error: describeError(e, file) }, true);
      const onExit = (code: number): void => onError(new Error(`工作线程意外退出，退出码 ${code}`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ command, file } satisfies JobRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

export interface RunOptions<C extends Command> {
  /** Worker threads to use; default: one per available core, never more than files. */
  workers?: number;
  /** Called as each file finishes, in completion order. */
  onDone?: (outcome: Outcome<C>, done: number, total: number) => void;
}

/** Process files with `command`; results come back in the order of `files`. Never rejects. */
export async function runFiles<C extends Command>(command: C, files: readonly string[], options: RunOptions<C> = {}): Promise<Outcome<C>[]> {
  const results: Outcome<C>[] = [];
  const lanes = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const threads = files.length > 1 && existsSync(fileURLToPath(WORKER));
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    const worker = threads ? new WorkerLane() : undefined;
    try {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i] as string;
        const outcome = worker ? await worker.run(command, file) : await runJob(command, file);
        results[i] = outcome;
        options.onDone?.(outcome, ++done, files.length);
      }
    } finally {
      await worker?.close();
    }
  };
  await Promise.all(Array.from({ length: threads ? lanes : 1 }, lane));
  return results;
}
