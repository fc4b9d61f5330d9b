// One embedded in-memory store per test thread, shared by the test files that run in it (the fast project does not
// isolate files): opening PGlite costs 2-3 s of CPU, paid once per thread instead of once per file. Each file gets
// it empty, numbering from 1 again, as a new store would be; closing it leaves it open for the next file.
import { openStore, type Store } from '../../src/store/open.js';
import { emptyStore } from './store-fixtures.js';

let opened: Promise<Store> | undefined;

export async function memoryStore(): Promise<Store> {
  opened ??= openStore();
  const store = await opened;
  await emptyStore(store.db);
  return { ...store, close: async () => {} };
}
