// Uploads through the queue (the server with DATABASE_URL): the file is stored by its hash and queued like any
// other, and the upload waits for a worker — this server's own or another machine's — to store its analysis.
import { InputError } from '../model/errors.js';
import type { Ingester } from '../pipeline/ingest.js';
import type { Repository } from '../store/repository.js';
import type { JobQueue } from './job-queue.js';
import { sleep } from './reconnect.js';

/** Error codes a parked job carries when the file itself was the problem (the readers' InputError codes). */
const INTERNAL_CODES = new Set(['internal', 'timeout', 'failed', 'file-missing']);

/**
 * The version a new disclosure made old, as the worker's import settled it (Repository.importAnalysis): the
 * latest of the older versions, when it now points at this one.
 */
async function supersededBy(repo: Repository, id: number): Promise<number[]> {
  const previous = (await repo.versions(id)).filter((v) => v.id < id).at(-1);
  return previous?.supersededBy === id ? [previous.id] : [];
}

export function queuedIngester(repo: Repository, queue: JobQueue, options: { pollMs?: number; waitMs?: number } = {}): Ingester {
  return {
    async ingest(file) {
      const { sha256 } = await repo.storeFile(file);
      const existing = await repo.idBySha256(sha256);
      if (existing !== undefined) return { id: existing, sha256, created: false, superseded: [] };
      const sent = await queue.send({ sha256, name: file.name }, { retryParked: true });
      const end = Date.now() + (options.waitMs ?? 15 * 60_000);
      while (Date.now() < end) {
        const id = await repo.idBySha256(sha256);
        if (id !== undefined) {
          const created = sent === 'queued';
          // a file holding other parts of a stored disclosure joined it (pipeline/ingest.ts): it is not the disclosure's first file
          if ((await repo.summary(id))?.sha256 !== sha256) return { id, sha256, created, superseded: [], joined: true };
          return { id, sha256, created, superseded: created ? await supersededBy(repo, id) : [] };
        }
        const state = await queue.stateOf(sha256);
        if (state?.state === 'failed' && state.error) {
          if (!INTERNAL_CODES.has(state.error.code)) throw new InputError(state.error.code, file.name, state.error.message);
          throw new Error(state.error.message);
        }
        await sleep(options.pollMs ?? 200);
      }
      throw new Error(`文件 ${file.name} 已排队，但等待分析超时：请确认有 juesuan worker 在运行，稍后再查看。`);
    },
  };
}
