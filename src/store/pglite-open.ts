// Opening the embedded database (PGlite): in memory, an existing data directory, or a new one. A new database is
// made from the empty cluster: a dump of a freshly initialised PGlite data directory, written once by the build
// (scripts/pglite-empty-cluster.mjs) for the installed PGlite version. Loading it costs about 3 s of CPU and 300 MB
// at the peak; PGlite's own initdb costs about 9 s and 800 MB, memory a PGlite instance never gives back
// (BENCHMARKS.md, "服务启动"). On disk either runs in a process of its own (dist/store/pglite-create.js), together
// with our migrations, and its memory goes with it; without the dump initdb runs there.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';

/**
 * One process uses the embedded database, so it needs far less than PostgreSQL's default 128 MB of shared buffers,
 * which PGlite holds inside its WebAssembly memory for as long as the process runs; the operating system's file
 * cache still keeps the data files at hand. The WAL is checkpointed every 64 MB (PostgreSQL's default lets it grow
 * to 1 GB), so that the disk-space guard's reserve (disk-space.ts) covers it. PGlite writes this configuration into
 * the data directory at every start, so a database made from the empty cluster gets it too.
 */
export const PGLITE_OPTIONS = { postgresqlconf: 'shared_buffers = 32MB\nmax_wal_size = 64MB' };

const PGLITE_MODULE = import.meta.resolve('@electric-sql/pglite');

/** The installed PGlite's version: a dump is only ever loaded by the version that made it. */
function pgliteVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(PGLITE_MODULE)), '../package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The compiled script that makes a new database (the same path from src/store, as tests run, and from dist/store). */
const CREATE_SCRIPT = resolve(import.meta.dirname, '../../dist/store/pglite-create.js');

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

/**
 * Opens the embedded database, making it first when the directory holds none (or when it lives in memory). A new
 * directory comes migrated; in memory, and for a directory made by an earlier version, the caller's `migrate` does it.
 */
export async function openPglite({ dir, emptyCluster = emptyClusterPath() }: PgliteLocation = {}): Promise<PGlite> {
  const fromCluster = existsSync(emptyCluster);
  if (dir === undefined) return PGlite.create(fromCluster ? { ...PGLITE_OPTIONS, loadDataDir: new Blob([readFileSync(emptyCluster)]) } : PGLITE_OPTIONS);
  if (!existsSync(join(dir, 'PG_VERSION'))) await createApart(dir, fromCluster ? emptyCluster : undefined);
  return PGlite.create(dir, PGLITE_OPTIONS);
}

/**
 * Makes a new data directory, migrated to our latest schema, in a process of its own (pglite-create.ts); this
 * process then opens it as it opens an existing one. Making it takes some 300 MB (initdb 800 MB) that stays with
 * whoever did it: PGlite's WebAssembly memory is never given back, and the C library keeps what the unpacking's
 * buffers took even after a thread ends (45 MB measured); the migrations' DDL grows the WebAssembly memory too
 * (BENCHMARKS.md). Made under a temporary name and renamed, so a creation stopped halfway never passes for a database.
 */
async function createApart(dir: string, emptyCluster: string | undefined): Promise<void> {
  // Only a checkout that was never built lacks it (tests run from src/); the server itself runs from dist/.
  if (!existsSync(CREATE_SCRIPT)) throw new Error(`创建内嵌数据库失败：${dir}（缺少 ${CREATE_SCRIPT}，请先运行 npm run build）`);
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    await new Promise<void>((resolveExit, reject) => {
      execFile(process.execPath, [CREATE_SCRIPT, partial, ...(emptyCluster ? [emptyCluster] : [])], (error, _stdout, stderr) =>
        error ? reject(new Error(`创建内嵌数据库失败：${dir}（${stderr.trim().split('\n').at(-1) || error.message}）`, { cause: error })) : resolveExit(),
      );
    });
    // The directory the store made for itself is empty: a directory is renamed over an empty one.
    renameSync(partial, dir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
