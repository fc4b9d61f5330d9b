// Opening the embedded database (PGlite): in memory, an existing data directory, or a new one. A new database is
// made from the empty cluster: a dump of a freshly initialised PGlite data directory, written once by the build
// (scripts/pglite-empty-cluster.mjs) for the installed PGlite version. Loading it costs about 3 s of CPU and 300 MB
// at the peak; PGlite's own initdb costs about 9 s and 800 MB, memory a PGlite instance never gives back
// (BENCHMARKS.md, "服务启动"). Without the dump (a checkout that was never built) initdb still runs, on a thread of
// its own so that its memory goes with the thread.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/**
 * One process uses the embedded database, so it needs far less than PostgreSQL's default 128 MB of shared buffers,
 * which PGlite holds inside its WebAssembly memory for as long as the process runs; the operating system's file
 * cache still keeps the data files at hand. The WAL is checkpointed every 64 MB (PostgreSQL's default lets it grow
 * to 1 GB), so that the disk-space guard's reserve (disk-space.ts) covers it. PGlite writes this configuration into
 * the data directory at every start, so a database made from the empty cluster gets it too.
 */
const PGLITE_OPTIONS = { postgresqlconf: 'shared_buffers = 32MB\nmax_wal_size = 64MB' };

const PGLITE_MODULE = import.meta.resolve('@electric-sql/pglite');

/** The installed PGlite's version: a dump is only ever loaded by the version that made it. */
function pgliteVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(PGLITE_MODULE)), '../package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Where the build puts the empty cluster (the same path from src/store and from dist/store). */
export const emptyClusterPath = (): string => resolve(import.meta.dirname, '../../dist', `pglite-empty-cluster-${pgliteVersion()}.tar.gz`);

/**
 * Writes the empty cluster: a new in-memory PGlite (PGlite's initdb, nothing of ours), checkpointed so that a
 * database loaded from it starts without replaying WAL, dumped as a gzipped tarball. Written to a temporary name and
 * renamed, so a build stopped halfway leaves no partial dump.
 */
export async function writeEmptyCluster(path: string): Promise<void> {
  const pglite = await PGlite.create();
  let dump: Blob;
  try {
    await pglite.exec('checkpoint');
    dump = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

export interface PgliteLocation {
  /** The PGlite data directory; absent = in memory. */
  dir?: string | undefined;
  /** The empty cluster to make a new database from (default: the build's); absent file = initdb. */
  emptyCluster?: string | undefined;
}

/** Opens the embedded database, making it first when the directory holds none (or when it lives in memory). */
export async function openPglite({ dir, emptyCluster = emptyClusterPath() }: PgliteLocation = {}): Promise<PGlite> {
  const isNew = dir === undefined || !existsSync(join(dir, 'PG_VERSION'));
  if (isNew && existsSync(emptyCluster)) {
    const loadDataDir = new Blob([readFileSync(emptyCluster)]);
    return dir === undefined ? PGlite.create({ ...PGLITE_OPTIONS, loadDataDir }) : PGlite.create(dir, { ...PGLITE_OPTIONS, loadDataDir });
  }
  if (dir === undefined) return PGlite.create(PGLITE_OPTIONS);
  if (isNew) await initdbApart(dir);
  return PGlite.create(dir, PGLITE_OPTIONS);
}

/**
 * Runs PGlite's initdb for a new data directory on a thread of its own. It takes some 700 MB of WebAssembly memory
 * that a PGlite instance never gives back; the thread's memory goes with the thread, and this process then opens
 * the new database as it opens an existing one.
 */
async function initdbApart(dir: string): Promise<void> {
  const code = `import(${JSON.stringify(PGLITE_MODULE)}).then(async ({ PGlite }) => (await PGlite.create(${JSON.stringify(dir)}, ${JSON.stringify(PGLITE_OPTIONS)})).close())`;
  const worker = new Worker(code, { eval: true });
  await new Promise<void>((resolveExit, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolveExit() : reject(new Error(`创建内嵌数据库失败（线程退出码 ${code}）：${dir}`))));
  });
}
