// The queue on PostgreSQL (DATABASE_URL; skipped without it): enqueue once, a worker stores once, parked failures,
// progress, and the server's uploads through the queue. Faults (a killed worker, a restarted database) are in
// test/queue-faults.test.ts.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_BYTES } from '../../test/support/store-fixtures.js';
import { createPool } from '../pipeline/pool.js';
import { createApp } from '../server/app.js';
import { dropSchema, openStore, type Store } from '../store/open.js';
import { enqueueFile } from './enqueue.js';
import { queuedIngester } from './ingest.js';
import { dropQueueSchema, JobQueue } from './job-queue.js';
import { runWorker, type WorkerEvent } from './worker.js';

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) console.info('queue.test: DATABASE_URL 未设置，跳过队列测试');

describe.skipIf(!DATABASE_URL)('queue on PostgreSQL', () => {
  const schema = `juesuan_qtest_${process.pid}_${randomBytes(3).toString('hex')}`;
  let store: Store;
  let queue: JobQueue;
  const pool = createPool({ threads: 0, rulesVersion: 'queue-test' });

  beforeAll(async () => {
    store = await openStore({ databaseUrl: DATABASE_URL, schema, poolSize: 4 });
    queue = await JobQueue.open({ databaseUrl: DATABASE_URL!, schema: `${schema}_queue`, jobTimeoutSeconds: 30, retryDelaySeconds: 1, supervise: true });
  }, 120_000);
  afterAll(async () => {
    await queue?.close();
    await store?.close();
    await dropSchema(DATABASE_URL!, schema);
    await dropQueueSchema(DATABASE_URL!, `${schema}_queue`);
  });

  /** Runs a worker until the queue has nothing waiting or running. */
  async function drain(): Promise<WorkerEvent[]> {
    const events: WorkerEvent[] = [];
    const controller = new AbortController();
    const worker = runWorker({ repo: store.repo, queue, analyser: pool, signal: controller.signal, pollMs: 50, onEvent: (e) => events.push(e) });
    for (;;) {
      const p = await queue.progress();
      if (p.queued + p.active + p.retrying === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    controller.abort();
    await worker;
    return events;
  }

  it('queues a file once, stores its analysis once, and says so when it comes again', async () => {
    const file = { name: 'mini-2024.txt', bytes: MINI_BYTES };
    expect((await enqueueFile(store.repo, queue, file)).outcome).toBe('queued');
    expect((await enqueueFile(store.repo, queue, { ...file, name: '另一个名字.txt' })).outcome).toBe('pending');
    const events = await drain();
    expect(events.filter((e) => e.kind === 'done')).toHaveLength(1);
    expect((await enqueueFile(store.repo, queue, file)).outcome).toBe('stored');
    expect(await store.repo.stats()).toMatchObject({ disclosures: 1, files: 1 });
    expect(await queue.progress()).toMatchObject({ done: 1, failed: 0, queued: 0 });
  });

  it('parks a file the readers refuse at once, with its Chinese reason, and queues it again only when asked', async () => {
    const file = { name: '损坏.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n这不是一个完整的 PDF\n') };
    expect((await enqueueFile(store.repo, queue, file)).outcome).toBe('queued');
    const events = await drain();
    expect(events.find((e) => e.kind === 'failed')).toMatchObject({ parked: true, job: { attempt: 1 } });
    const progress = await queue.progress();
    expect(progress.failed).toBe(1);
    expect(progress.parked[0]).toMatchObject({ name: '损坏.pdf', error: { code: 'unreadable-file' } });
    expect(progress.parked[0]!.error.message).toContain('损坏.pdf');
    expect((await enqueueFile(store.repo, queue, file)).outcome).toBe('parked');
    expect((await enqueueFile(store.repo, queue, file, { retryParked: true })).outcome).toBe('queued');
    await drain();
  });

  it('takes uploads through the queue: the server answers once a worker has stored the file', async () => {
    const controller = new AbortController();
    const worker = runWorker({ repo: store.repo, queue, analyser: pool, signal: controller.signal, pollMs: 50 });
    try {
      const app = createApp({ repo: store.repo, analyser: pool, ingester: queuedIngester(store.repo, queue, { pollMs: 50 }), jobs: () => queue.progress(), webRoot: false });
      const bytes = new TextEncoder().encode(`${new TextDecoder().decode(MINI_BYTES)}\n（上传副本）\n`);
      const form = new FormData();
      form.append('file', new File([bytes], '上传.txt'));
      const res = await app.request('/api/disclosures', { method: 'POST', body: form });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ created: true, disclosure: { fileName: '上传.txt' } });
      const broken = new FormData();
      broken.append('file', new File([new TextEncoder().encode('%PDF-1.7\n残缺\n')], '坏.pdf'));
      const refused = await app.request('/api/disclosures', { method: 'POST', body: broken });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect(JSON.stringify(await refused.json())).toContain('坏.pdf');
      expect(await (await app.request('/api/jobs')).json()).toMatchObject({ enabled: true, done: 2 });
    } finally {
      controller.abort();
      await worker;
    }
  });
});
