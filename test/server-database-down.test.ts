// The server over PostgreSQL while the database is down (issue 15): an upload and a listing answer 503 with a
// Chinese message and Retry-After instead of hanging or failing with 500; the portal's pages are still served;
// once PostgreSQL is back the server answers again by itself and the same upload is stored, exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline/analyse.js';
import type { Analyser } from '../src/pipeline/pool.js';
import { createApp, WEB_ROOT } from '../src/server/app.js';
import { openStore, type Store } from '../src/store/open.js';
import { PG_BIN, startPgCluster, type PgCluster } from './support/pg-cluster.js';
import { MINI_BYTES } from './support/store-fixtures.js';

const analyser: Analyser = { rulesVersion: 'test-1', analyse: (name, bytes) => analyseBytes(name, bytes) };

function upload(name: string, bytes: Uint8Array): RequestInit {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  return { method: 'POST', body: form };
}

describe.skipIf(!PG_BIN)('the server with PostgreSQL down', { timeout: 120_000 }, () => {
  let cluster: PgCluster;
  let store: Store;

  beforeAll(async () => {
    cluster = await startPgCluster('juesuan-db-down-');
    store = await openStore({ databaseUrl: cluster.url });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    cluster?.remove();
  });

  it('answers 503 while the database is away, keeps serving the portal, and stores the upload once it is back', async () => {
    const app = createApp({ repo: store.repo, analyser, webRoot: WEB_ROOT });
    expect(await (await app.request('/api/disclosures')).json()).toMatchObject({ total: 0 });

    cluster.stop();
    for (const request of [app.request('/api/disclosures', upload('决算.txt', MINI_BYTES)), app.request('/api/disclosures')]) {
      const res = await request;
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect({ status: res.status, code: body.error.code }).toEqual({ status: 503, code: 'database-unavailable' });
      expect(body.error.message).toContain('数据库暂时无法连接');
      expect(res.headers.get('Retry-After')).toBe('5');
    }
    expect((await app.request('/')).status).toBe(200);

    cluster.start();
    // A pooled connection from before the outage fails once when next used (503 again); then the pool connects anew.
    let listed = 0;
    for (let attempt = 0; attempt < 10 && listed !== 200; attempt++) listed = (await app.request('/api/disclosures')).status;
    expect(listed).toBe(200);
    const stored = await app.request('/api/disclosures', upload('决算.txt', MINI_BYTES));
    expect(stored.status, await stored.clone().text()).toBe(201);
    expect((await app.request('/api/disclosures', upload('决算.txt', MINI_BYTES))).status).toBe(200);
    expect(await (await app.request('/api/disclosures')).json()).toMatchObject({ total: 1 });
  });
});
