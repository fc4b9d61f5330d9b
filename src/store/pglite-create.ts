// Run as a script, in a process of its own, by pglite-open.ts (`createApart`): makes a new embedded database in the
// directory given, from the empty cluster when one is given (PGlite's initdb otherwise), brings it to our latest
// schema and closes it. The memory that takes stays with this process: PGlite's WebAssembly memory never shrinks,
// and migrating a new database left the server some 30 MiB larger than opening the same database again
// (BENCHMARKS.md, "服务启动"). A failure is one line on stderr and exit code 1; the caller names the directory.
//
//   node dist/store/pglite-create.js <directory> [<empty cluster>]
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { migrate } from './migrate.js';
import { inThisThread, PGliteDialect } from './pglite-dialect.js';
import { PGLITE_OPTIONS } from './pglite-open.js';
import type { Database } from './schema.js';

/** The reason, as the one line the caller shows; the first failure ends the process. */
function fail(e: unknown): never {
  process.stderr.write(`${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ')}\n`);
  process.exit(1);
}
// A damaged empty cluster also fails in a stream PGlite does not wait for.
process.on('unhandledRejection', fail);

const [dir, emptyCluster] = process.argv.slice(2);
try {
  if (!dir) throw new Error('没有给出数据库目录');
  const loadDataDir = emptyCluster ? new Blob([readFileSync(emptyCluster)]) : undefined;
  const pglite = await PGlite.create(dir, { ...PGLITE_OPTIONS, ...(loadDataDir ? { loadDataDir } : {}) });
  // Destroying the kysely instance closes the database (pglite-dialect.ts), also when migrating failed.
  const db = new Kysely<Database>({ dialect: new PGliteDialect(inThisThread(pglite)) });
  try {
    await migrate(db);
  } finally {
    await db.destroy();
  }
} catch (e) {
  fail(e);
}
