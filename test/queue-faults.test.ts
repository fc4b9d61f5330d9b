// The queue under faults, end to end (issue 14's acceptance): a PostgreSQL of its own, three `juesuan worker`
// processes, and the seeds, the samples and 100 generated variants enqueued. One worker is killed with SIGKILL in
// the middle of a job and PostgreSQL is restarted mid-run; everything must still finish, each file stored exactly
// once (or parked with the reader's reason), and each stored analysis whole.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDisclosure } from '../src/extract/index.js';
import { analyseBytes } from '../src/pipeline/analyse.js';
import { readText } from '../src/read/text-reader.js';
import { sha256Hex } from '../src/store/repository.js';
import { perturb, withCell } from './support/error-injection.js';
import { PG_BIN, startPgCluster, type PgCluster } from './support/pg-cluster.js';
import { hasShared, SHARED_DIR, SKIP_REASON } from './support/shared-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/juesuan');
const BUILT = existsSync(join(ROOT, 'dist/cli/worker.js'));
const SKIP = !hasShared ? SKIP_REASON : !PG_BIN ? '没有找到 PostgreSQL 服务器程序（Debian 的 postgresql），跳过队列故障测试' : !BUILT ? 'dist/ 不存在（先 npm run build），跳过队列故障测试' : '';
if (SKIP) console.info(`queue-faults.test: ${SKIP}`);

/**
 * Seconds before a job whose worker vanished is tried again: long enough for a budget PDF read while the other
 * slow tests (OCR, LibreOffice, chromium) share the two cores.
 */
const JOB_TIMEOUT = 60;
/** Text copies of the seeds with one table number changed each (as error injection does): real, distinct documents. */
function writeVariants(dir: string, count: number): { file: string; changed: { line: number; column: number; value: string } }[] {
  const seeds = readdirSync(join(SHARED_DIR, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SHARED_DIR, 'seeds', f));
  const sources = seeds.map((file) => {
    const text = readFileSync(file, 'utf8');
    const facts = extractDisclosure(readText(file, text)).facts.filter((f) => 'line' in f.source && f.source.column);
    return { file, text, facts };
  });
  const withFacts = sources.filter((s) => s.facts.length > 0);
  return Array.from({ length: count }, (_, i) => {
    const source = withFacts[i % withFacts.length]!;
    const fact = source.facts[Math.floor(i / withFacts.length) % source.facts.length]!;
    const { line, column } = fact.source as { line: number; column: number };
    const value = perturb(fact.value);
    const file = join(dir, `variant-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, withCell(source.text, line, column, value));
    return { file, changed: { line, column, value } };
  });
}

interface Worker {
  child: ChildProcess;
  log: string[];
}

describe.skipIf(SKIP !== '')('queue: 3 workers, one killed mid-job, PostgreSQL restarted mid-run', () => {
  let cluster: PgCluster;
  let dir: string;
  let url: string;
  const workers: Worker[] = [];
  let env: NodeJS.ProcessEnv;

  async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<R>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  /** Jobs by state; the archive holds jobs pg-boss has moved out of the way. */
  const states = async () =>
    Object.fromEntries(
      (await query<{ state: string; n: string }>(`select state, count(*) as n from (select state from juesuan_queue.job where name = 'analyse' union all select state from juesuan_queue.archive where name = 'analyse') j group by state`)).map((r) => [
        r.state,
        Number(r.n),
      ]),
    ) as Record<string, number | undefined>;

  async function waitFor(what: string, test: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await test())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; worker logs:\n${workers.map((w, i) => `--- worker ${i + 1}\n${w.log.slice(-15).join('')}`).join('\n')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    cluster = await startPgCluster('juesuan-queue-');
    ({ dir, url } = cluster);
    env = { ...process.env, DATABASE_URL: url, JUESUAN_JOB_TIMEOUT: String(JOB_TIMEOUT), NO_COLOR: '1' };
    delete env.JUESUAN_QUEUE_SCHEMA;
  }, 120_000);

  afterAll(() => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    cluster?.remove();
  });

  it('stores every file exactly once, whole, and parks only what the readers refuse', async () => {
    const variantsDir = join(dir, 'variants');
    mkdirSync(variantsDir);
    const variants = writeVariants(variantsDir, 100);
    const inputs = [join(SHARED_DIR, 'seeds'), join(SHARED_DIR, 'samples'), variantsDir];

    const enqueue = spawnSync(process.execPath, [CLI, 'enqueue', ...inputs, '--json'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(enqueue.status, enqueue.stderr).toBe(0);
    const enqueued = JSON.parse(enqueue.stdout) as { file: string; sha256: string; outcome: string }[];
    expect(enqueued.length).toBeGreaterThanOrEqual(105 + 2);
    expect(enqueued.every((e) => e.outcome === 'queued')).toBe(true);
    // The same files again: none is queued twice.
    const again = spawnSync(process.execPath, [CLI, 'enqueue', ...inputs, '--json'], { env, encoding: 'utf8', timeout: 120_000 });
    expect((JSON.parse(again.stdout) as { outcome: string }[]).every((e) => e.outcome === 'pending')).toBe(true);
    const total = enqueued.length;

    for (let i = 0; i < 3; i++) {
      const child = spawn(process.execPath, [CLI, 'worker', '--threads', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      const worker: Worker = { child, log: [] };
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => worker.log.push(chunk));
      workers.push(worker);
    }
    const [victim] = workers;
    const text = (w: Worker) => w.log.join('');

    // SIGKILL the first worker while it is in the middle of a PDF (a job that takes a while).
    let killedJob = '';
    await waitFor(
      'worker 1 to start a PDF',
      () => {
        const last = text(victim!).trimEnd().split('\n').at(-1) ?? '';
        killedJob = /开始 \S+\.pdf（([0-9a-f]{8})，/.exec(last)?.[1] ?? '';
        return killedJob !== '';
      },
      180_000,
    );
    victim!.child.kill('SIGKILL');
    expect((await states()).active ?? 0).toBeGreaterThan(0);

    // Restart PostgreSQL once about half the files are through.
    await waitFor('half of the files', async () => ((await states()).completed ?? 0) + ((await states()).failed ?? 0) >= total / 2, 300_000);
    cluster.stop();
    await new Promise((r) => setTimeout(r, 1500));
    cluster.start();

    await waitFor(
      'every job to finish',
      async () => {
        const s = await states();
        return (s.completed ?? 0) + (s.failed ?? 0) >= total && !s.created && !s.active && !s.retry;
      },
      420_000,
    );
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    await Promise.all(workers.slice(1).map((w) => new Promise((r) => (w.child.exitCode !== null ? r(null) : w.child.once('exit', r)))));
    expect(workers.slice(1).map((w) => w.child.exitCode), workers.slice(1).map((w) => text(w).slice(-3000)).join('\n---\n')).toEqual([0, 0]);

    // The survivors saw the database go and come back, and the killed worker's job was done again by another.
    const survivors = workers.slice(1).map(text).join('');
    expect(survivors).toMatch(/数据库连接中断/);
    expect(survivors).toMatch(/数据库已恢复/);
    expect(survivors).toMatch(new RegExp(`开始 \\S+（${killedJob}，第 [23] 次）`));
    // Three workers store versions of one department at once (the seeds' variants): no attempt may die in a deadlock.
    expect(workers.map(text).join('')).not.toMatch(/deadlock/);

    // Exactly once: each stored file is one disclosure's first file or one of its further parts (a package published
    // in two files is one disclosure), one file per enqueued hash.
    const stored = await query<{ sha: string; n: string; facts: string }>(
      `with s as (select file_sha256 as sha, id from disclosures union all select file_sha256, disclosure_id from disclosure_parts)
       select s.sha, count(*) over (partition by s.sha) as n, (select count(*) from facts f where f.disclosure_id = s.id) as facts from s`,
    );
    expect(stored.every((r) => r.n === '1')).toBe(true);
    const files = await query<{ n: string }>('select count(*) as n from files');
    expect(Number(files[0]!.n)).toBe(total);
    const parked = await query<{ sha: string; code: string }>(
      `select singleton_key as sha, output->>'code' as code from (select name, state, singleton_key, output from juesuan_queue.job
         union all select name, state, singleton_key, output from juesuan_queue.archive) j where name = 'analyse' and state = 'failed'`,
    );
    const storedSet = new Set(stored.map((r) => r.sha));
    for (const p of parked) expect(storedSet.has(p.sha), `parked and stored: ${p.sha}`).toBe(false);
    expect(stored.length + parked.length).toBe(total);
    // Only what the readers refuse is parked (no internal error or timeout).
    expect(parked.filter((p) => p.code !== 'not-a-disclosure'), survivors.slice(-6000)).toEqual([]);

    // Every seed, variant and final-accounts sample is stored, whole: the facts of a fresh analysis, and the
    // variant's changed number as changed.
    const byFile = new Map(enqueued.map((e) => [e.file, e.sha256]));
    const mustStore = [...readdirSync(join(SHARED_DIR, 'seeds')).map((f) => join(SHARED_DIR, 'seeds', f)), ...variants.map((v) => v.file), ...['putuo-ghzyj-2024-final.pdf', 'shanghai-dept-final-template-2024.pdf'].map((f) => join(SHARED_DIR, 'samples', f))];
    const factsBySha = new Map(stored.map((r) => [r.sha, Number(r.facts)]));
    for (const file of mustStore) {
      const sha = byFile.get(file)!;
      expect(sha, file).toBe(sha256Hex(readFileSync(file)));
      const analysis = await analyseBytes(file, new Uint8Array(readFileSync(file)));
      expect(factsBySha.get(sha), file).toBe(analysis.disclosure.facts.length);
    }
    for (const v of variants.slice(0, 10)) {
      const rows = await query<{ printed: string }>(`select f.printed from facts f join disclosures d on d.id = f.disclosure_id where d.file_sha256 = $1 and f.source->>'line' = $2 and f.source->>'column' = $3`, [
        byFile.get(v.file),
        String(v.changed.line),
        String(v.changed.column),
      ]);
      expect(rows.map((r) => r.printed)).toEqual([v.changed.value]);
    }
  }, 900_000);
});
