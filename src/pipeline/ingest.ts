// Ingest: one file into the store, by its content hash, analysed at most once. The same bytes stored already give
// the stored disclosure; the same bytes arriving twice at once are analysed once (the second waits for the first).
// With a queue (src/queue), the queue's ingester takes this one's place. A new disclosure is checked against the
// department's related documents, and they against it (cross-document.ts).
import type { FileInput, ImportResult, Repository } from '../store/repository.js';
import { sha256Hex } from '../store/repository.js';
import { recheckAfterImport } from './cross-document.js';
import type { Analyser } from './pool.js';

export interface Ingester {
  ingest(file: FileInput): Promise<ImportResult>;
}

/** Analyses here (on the analyser's threads) and stores. */
export function directIngester(repo: Repository, analyser: Analyser): Ingester {
  const inflight = new Map<string, Promise<ImportResult>>();
  return {
    async ingest(file) {
      const sha256 = sha256Hex(file.bytes);
      const existing = await repo.idBySha256(sha256);
      if (existing !== undefined) return { id: existing, sha256, created: false, superseded: [] };
      const running = inflight.get(sha256);
      if (running) return { ...(await running), created: false, superseded: [] };
      const work = (async () => {
        const result = await repo.importAnalysis(file, await analyser.analyse(file.name, file.bytes), analyser.rulesVersion);
        if (result.created) await recheckAfterImport(repo, result.id);
        return result;
      })();
      inflight.set(sha256, work);
      try {
        return await work;
      } finally {
        inflight.delete(sha256);
      }
    },
  };
}
