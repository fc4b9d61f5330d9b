// A full disk under the server (issue 15): an upload answers 507 with a Chinese message at once, the server goes
// on answering everything else, and the same upload goes through once space is back. Simulated: the embedded
// store on disk with its free space measured by the test, and a failing write deeper down (as PostgreSQL's disk_full).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_BYTES } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import type { Analyser } from '../pipeline/pool.js';
import { openStore, type Store } from '../store/open.js';
import { Repository } from '../store/repository.js';
import { createApp, WEB_ROOT } from './app.js';

const analyser: Analyser = { rulesVersion: 'test-1', analyse: (name, bytes) => analyseBytes(name, bytes) };

function upload(name: string, bytes: Uint8Array): RequestInit {
  const form = new FormData();
  form.append('file', new File([Buffer.from(bytes)], name));
  return { method: 'POST', body: form };
}

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}

describe('a full disk under the server', () => {
  let dir: string;
  let store: Store;
  let free = 0;

  // Creating a PGlite database takes seconds, more on a busy machine.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'juesuan-disk-full-'));
    store = await openStore({ dataDir: dir, freeSpace: async () => free });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an upload as disk full while space is short, answers everything else, and takes it once space is back', async () => {
    const app = createApp({ repo: store.repo, analyser, webRoot: WEB_ROOT });
    free = 10 * 1024 * 1024;
    const refused = await errorOf(await app.request('/api/disclosures', upload('决算.txt', MINI_BYTES)));
    expect(refused.status).toBe(507);
    expect(refused.code).toBe('disk-full');
    expect(refused.message).toContain('磁盘空间已满');
    expect((await app.request('/')).status).toBe(200);
    expect(await (await app.request('/api/disclosures')).json()).toMatchObject({ total: 0 });

    free = 10 * 1024 * 1024 * 1024;
    const accepted = await app.request('/api/disclosures', upload('决算.txt', MINI_BYTES));
    expect(accepted.status).toBe(201);
    expect(await (await app.request('/api/disclosures')).json()).toMatchObject({ total: 1 });
  });

  it('answers 507 for a write that fails with ENOSPC or disk_full deeper down, and stays usable', async () => {
    let failing: Error | undefined;
    class FailingWrites extends Repository {
      override importAnalysis(...args: Parameters<Repository['importAnalysis']>) {
        return failing ? Promise.reject(failing) : super.importAnalysis(...args);
      }
    }
    const app = createApp({ repo: new FailingWrites(store.db), analyser, webRoot: false });
    const bytes = new TextEncoder().encode(`${new TextDecoder().decode(MINI_BYTES)}\n附注：另一份副本。\n`);
    for (const error of [
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
      Object.assign(new Error('could not extend file "base/5/16420": No space left on device'), { code: '53100' }),
    ]) {
      failing = error;
      expect(await errorOf(await app.request('/api/disclosures', upload('副本.txt', bytes)))).toMatchObject({ status: 507, code: 'disk-full' });
      expect((await app.request('/api/disclosures')).status).toBe(200);
    }
    failing = undefined;
    expect((await app.request('/api/disclosures', upload('副本.txt', bytes))).status).toBe(201);
  });
});
