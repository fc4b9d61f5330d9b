// The stores a storage test runs against: PGlite in memory always, and PostgreSQL (a schema of its own, dropped
// afterwards) when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { dropSchema, openStore, type Store } from '../../src/store/open.js';
import { memoryStore } from './memory-store.js';
import { emptyStore } from './store-fixtures.js';

export interface StoreBackend {
  name: string;
  skip: boolean;
  /** The PostgreSQL schema the store lives in. */
  schema?: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export function storeBackends(): StoreBackend[] {
  const url = process.env.DATABASE_URL;
  const schema = `juesuan_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return [
    { name: 'PGlite（内存）', skip: false, open: memoryStore, cleanup: async () => {} },
    {
      name: url ? 'PostgreSQL' : 'PostgreSQL（DATABASE_URL 未设置，跳过）',
      skip: !url,
      schema,
      open: () => openStore({ databaseUrl: url, schema }),
      cleanup: () => dropSchema(url!, schema),
    },
  ];
}

/**
 * The backend's store for the enclosing describe: opened before its tests, emptied before each, closed (and its
 * schema dropped) after them. Returns the store; call it inside the tests.
 */
export function storeFor(backend: StoreBackend): () => Store {
  let store: Store | undefined;
  // Opening PGlite (WebAssembly) takes seconds, more on a busy machine.
  beforeAll(async () => {
    store = await backend.open();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await backend.cleanup();
  });
  beforeEach(async () => {
    await emptyStore(store!.db);
  });
  return () => store!;
}
