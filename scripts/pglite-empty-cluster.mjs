#!/usr/bin/env node
// Part of the build: writes the empty cluster that new embedded databases are made from (src/store/pglite-open.ts),
// once per PGlite version; dumps of other versions are removed. Takes some 10 s of CPU when it has work to do.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const { emptyClusterPath, writeEmptyCluster } = await import(new URL('../dist/store/pglite-open.js', import.meta.url).href);
const path = emptyClusterPath();
for (const stale of readdirSync(dirname(path)).filter((f) => f.startsWith('pglite-empty-cluster-') && f.endsWith('.tar.gz') && f !== basename(path))) {
  rmSync(join(dirname(path), stale), { force: true });
}
if (!existsSync(path)) {
  await writeEmptyCluster(path);
  process.stderr.write(`pglite-empty-cluster: wrote ${path}\n`);
}
