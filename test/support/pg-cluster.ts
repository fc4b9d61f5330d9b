// A PostgreSQL cluster of a test's own, in a temporary directory (Debian's postgresql; as root it runs as the
// postgres user), which the test may stop and start again to play a database restart or outage.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PG_BIN = ['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin`).find((d) => existsSync(join(d, 'pg_ctl')));

const asRoot = process.getuid?.() === 0;

function pgRun(args: string[]): void {
  const [cmd, ...rest] = args;
  const full = join(PG_BIN!, cmd!);
  const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...rest], { encoding: 'utf8' }) : spawnSync(full, rest, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export interface PgCluster {
  /** The temporary directory (the cluster's data, its socket and whatever the test puts there). */
  dir: string;
  /** postgres://postgres@127.0.0.1:port/postgres (trust authentication). */
  url: string;
  start(): void;
  /** Fast shutdown: connections are cut, as in a restart. */
  stop(): void;
  /** Stops the cluster if it runs and removes its directory. */
  remove(): void;
}

/** initdb and start; needs PG_BIN. */
export async function startPgCluster(prefix: string): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dataDir = join(dir, 'pg');
  mkdirSync(dataDir);
  if (asRoot) {
    const postgres = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, postgres, 0);
    chownSync(dataDir, postgres, 0);
  }
  pgRun(['initdb', '-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const start = () => pgRun(['pg_ctl', '-D', dataDir, '-l', join(dataDir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`, 'start']);
  const stop = () => pgRun(['pg_ctl', '-D', dataDir, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
