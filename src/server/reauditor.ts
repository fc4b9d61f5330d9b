// Re-auditing stored files under the current rules, one run at a time (the server's start-up and POST /api/reaudit
// share it).
import type { ReauditReport, Repository } from '../store/repository.js';
import type { Analyser } from './analyser.js';

export interface Reauditor {
  /** A call while a run is under way joins that run. */
  run(force?: boolean, onProgress?: (done: number, total: number) => void): Promise<ReauditReport & { rulesVersion: string }>;
  /** Stops a run after the document under way and waits for it; later runs are refused (shutting down). */
  stop(): Promise<void>;
}

export function createReauditor(repo: Repository, analyser: Analyser): Reauditor {
  let running: Promise<ReauditReport & { rulesVersion: string }> | undefined;
  const controller = new AbortController();
  return {
    run(force = false, onProgress) {
      running ??= repo
        .reaudit(analyser.rulesVersion, (name, bytes) => analyser.analyse(name, bytes), { force, signal: controller.signal, ...(onProgress ? { onProgress } : {}) })
        .then((report) => ({ rulesVersion: analyser.rulesVersion, ...report }))
        .finally(() => (running = undefined));
      return running;
    },
    async stop() {
      controller.abort();
      await running?.catch(() => {});
    },
  };
}
