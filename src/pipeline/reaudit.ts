// Re-audit: read, extract and audit again, from the stored bytes (every file of one published in several), each
// disclosure audited under another rules version (every one with `force`). A file that no longer analyses keeps its
// previous results and is reported.
import type { Analysis } from '../model/analysis.js';
import type { ReauditReport, Repository, StoredFile } from '../store/repository.js';
import { analysePackage } from './analyse.js';
import { recheckAfterImport, recheckAround } from './cross-document.js';
import type { Analyser } from './pool.js';

export interface ReauditOptions {
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A disclosure's analysis from its files: one file as it is, several (a package's parts) combined and audited as one. */
async function analyseParts(analyser: Analyser, files: readonly StoredFile[]): Promise<Analysis> {
  const analyses = [];
  for (const file of files) analyses.push(await analyser.analyse(file.name, file.bytes));
  return analyses.length === 1 ? analyses[0]! : analysePackage(analyses.map((a) => a.disclosure));
}

export async function reaudit(repo: Repository, analyser: Analyser, options: ReauditOptions = {}): Promise<ReauditReport> {
  const ids = await repo.staleIds(analyser.rulesVersion, options.force);
  const report: ReauditReport = { checked: ids.length, updated: 0, failed: [] };
  for (const [i, id] of ids.entries()) {
    if (options.signal?.aborted) {
      report.stopped = true;
      break;
    }
    const files = await repo.files(id);
    if (files.length > 0) {
      try {
        const before = await repo.placeOf(id);
        await repo.replaceAnalysis(id, await analyseParts(analyser, files), analyser.rulesVersion);
        // Its findings across documents went with the old analysis; the file may also be read as another year now.
        await recheckAfterImport(repo, id);
        await recheckAround(repo, before);
        report.updated++;
      } catch (e) {
        const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'reaudit-failed';
        report.failed.push({ id, code, message: e instanceof Error ? e.message : String(e) });
      }
    }
    options.onProgress?.(i + 1, ids.length);
  }
  return report;
}

/** Re-audit, one run at a time: a call while a run is under way joins that run. */
export interface Reauditor {
  run(force?: boolean, onProgress?: (done: number, total: number) => void): Promise<ReauditReport & { rulesVersion: string }>;
  /** Stops a run after the document under way and waits for it; later runs are refused (shutting down). */
  stop(): Promise<void>;
}

export function createReauditor(repo: Repository, analyser: Analyser): Reauditor {
  let running: Promise<ReauditReport & { rulesVersion: string }> | undefined;
  const controller = new AbortController();
  return {
    run(force = false, onProgress) {
      running ??= reaudit(repo, analyser, { force, signal: controller.signal, ...(onProgress ? { onProgress } : {}) })
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
