// Recording work: each file is stored by its content hash first, then queued once. A file already analysed, or
// already waiting or running, is not queued again; a parked one only when asked.
import type { Repository } from '../store/repository.js';
import type { JobQueue } from './job-queue.js';

export type EnqueueOutcome = 'queued' | 'stored' | 'pending' | 'parked';

export async function enqueueFile(repo: Repository, queue: JobQueue, file: { name: string; bytes: Uint8Array }, options: { retryParked?: boolean } = {}): Promise<{ sha256: string; outcome: EnqueueOutcome }> {
  const { sha256 } = await repo.storeFile(file);
  if ((await repo.idBySha256(sha256)) !== undefined) return { sha256, outcome: 'stored' };
  return { sha256, outcome: await queue.send({ sha256, name: file.name }, options) };
}
