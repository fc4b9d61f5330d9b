// Loaded into `juesuan serve` (node --import) by the disk-full case of the hostile suite. It lets the test decide,
// through the JSON file named by JUESUAN_TEST_DISK, what the server sees of its data directory's disk:
//   statfs: 'real' | 'plenty' | 'none' — what the free-space check (src/store/disk-space.ts) measures. 'plenty' is
//     the disk filled by someone else right after the check: the write goes on and meets the full disk in PGlite.
//   writes: 'real' | 'enospc' — 'enospc' fails every write PGlite makes under the data directory with ENOSPC, as
//     a full file system does; used where the test cannot mount a small tmpfs (not root).
// Preloads do not run in worker threads, so the PGlite thread's entry is swapped for ./host.mjs, which applies the
// writes setting there and then runs the real entry.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';

const control = () => JSON.parse(fs.readFileSync(process.env.JUESUAN_TEST_DISK, 'utf8'));

const statfs = fs.promises.statfs;
fs.promises.statfs = async function (...args) {
  const result = await statfs.apply(this, args);
  const view = control().statfs;
  if (view === 'plenty') return { ...result, bavail: Math.floor((64 * 1024 ** 3) / result.bsize) };
  if (view === 'none') return { ...result, bavail: 0, bfree: 0 };
  return result;
};

const HOST = new URL('./host.mjs', import.meta.url);
const Worker = workerThreads.Worker;
workerThreads.Worker = class extends Worker {
  constructor(entry, options) {
    const real = String(entry);
    if (!real.endsWith('/store/pglite-host.js')) {
      super(entry, options);
      return;
    }
    super(HOST, { ...options, workerData: { ...options.workerData, realEntry: real, control: process.env.JUESUAN_TEST_DISK } });
  }
};
syncBuiltinESMExports();
