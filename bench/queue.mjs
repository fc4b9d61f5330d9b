#!/usr/bin/env node
// Benchmark of the job queue (part of `npm run bench`): throughput with 1, 2 and 3 `juesuan worker` processes
// (one analysis thread each), for text documents and for digital PDFs, on a PostgreSQL cluster of its own started
// in a temporary directory (Debian's postgresql; as root it runs as the postgres user).
//
//   node bench/queue.mjs
//   BENCH_QUEUE_TEXT=200 BENCH_QUEUE_PDF=12 BENCH_QUEUE_WORKERS=1,2,3 node bench/queue.mjs
//
// Per run: a fresh database, the documents enqueued (`juesuan enqueue`), then N workers started together; the time
// from their start until every job is done (including each worker's start-up) gives documents/s. Text documents
// are the seeds with a unique line appended; PDFs are the two final-accounts samples with a unique comment after
// %%EOF (pdf.js reads them as the originals). Raw figures go to .bench/queue-latest.json.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'bin/juesuan');
const shared = resolve(root, '../shared');
const PG_BIN = ['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin`).find((d) => existsSync(join(d, 'pg_ctl')));
const log = (text) => process.stderr.write(`bench/queue: ${text}\n`);

if (!existsSync(join(root, 'dist/cli/worker.js'))) {
  console.error('bench/queue: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
if (!PG_BIN || !existsSync(join(shared, 'seeds'))) {
  console.log(`bench/queue: skipped — ${PG_BIN ? '../shared/seeds not found' : "Debian's postgresql is not installed"}`);
  process.exit(0);
}
const TEXT = Number(process.env.BENCH_QUEUE_TEXT ?? 200);
const PDF = Number(process.env.BENCH_QUEUE_PDF ?? 12);
const WORKERS = (process.env.BENCH_QUEUE_WORKERS ?? '1,2,3').split(',').map(Number);

const asRoot = process.getuid?.() === 0;
function pg(cmd, ...args) {
  const full = join(PG_BIN, cmd);
  const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' }) : spawnSync(full, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr || r.stdout}`);
  return r.stdout;
}
const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-queue-'));
const dataDir = join(dir, 'pg');
mkdirSync(dataDir);
if (asRoot) {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(dir, uid, 0);
  chownSync(dataDir, uid, 0);
}
pg('initdb', '-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C');
const port = await freePort();
pg('pg_ctl', '-D', dataDir, '-l', join(dataDir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start');
const admin = (sql) => {
  const r = spawnSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-qAt', '-c', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

// --- the documents ----------------------------------------------------------------------------------------------
const textDir = join(dir, 'text');
const pdfDir = join(dir, 'pdf');
mkdirSync(textDir);
mkdirSync(pdfDir);
const seeds = readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
for (let i = 0; i < TEXT; i++) {
  const seed = seeds[i % seeds.length];
  writeFileSync(join(textDir, `${String(i).padStart(4, '0')}-${seed}`), `${readFileSync(join(shared, 'seeds', seed), 'utf8')}\n（基准测试副本 ${i}）\n`);
}
const pdfs = ['putuo-ghzyj-2024-final.pdf', 'shanghai-dept-final-template-2024.pdf'].filter((f) => existsSync(join(shared, 'samples', f)));
let pdfPages = 0;
for (let i = 0; i < (pdfs.length ? PDF : 0); i++) {
  const name = pdfs[i % pdfs.length];
  const bytes = readFileSync(join(shared, 'samples', name));
  pdfPages += Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(shared, 'samples', name)], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 0);
  writeFileSync(join(pdfDir, `${String(i).padStart(3, '0')}-${name}`), Buffer.concat([bytes, Buffer.from(`\n%juesuan-bench ${i}\n`)]));
}

// --- the runs ---------------------------------------------------------------------------------------------------
async function run(kind, input, count, workers) {
  const db = `bench_${kind}_${workers}`;
  admin(`drop database if exists ${db}`);
  admin(`create database ${db}`);
  const env = { ...process.env, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/${db}`, JUESUAN_JOB_TIMEOUT: '600', NO_COLOR: '1' };
  const enqueue = spawnSync(process.execPath, [CLI, 'enqueue', input], { env, encoding: 'utf8' });
  if (enqueue.status !== 0) throw new Error(`enqueue: ${enqueue.stderr}`);
  const done = () =>
    Number(
      spawnSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-qAt', '-c', "select count(*) from juesuan_queue.job where name = 'analyse' and state in ('completed', 'failed')"], {
        encoding: 'utf8',
      }).stdout.trim(),
    );
  const t0 = performance.now();
  const children = Array.from({ length: workers }, () => spawn(process.execPath, [CLI, 'worker', '--threads', '1'], { env, stdio: 'ignore' }));
  while (done() < count) await sleep(200);
  const seconds = (performance.now() - t0) / 1000;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
  const stored = Number(spawnSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-qAt', '-c', 'select count(*) from disclosures'], { encoding: 'utf8' }).stdout.trim());
  admin(`drop database ${db}`);
  return { kind, workers, docs: count, stored, seconds, docsPerSecond: count / seconds, loadAverage: loadavg()[0] };
}

const results = [];
try {
  for (const workers of WORKERS) {
    log(`text: ${TEXT} documents, ${workers} worker(s)…`);
    results.push(await run('text', textDir, TEXT, workers));
    if (pdfs.length && PDF > 0) {
      log(`pdf: ${PDF} documents (${pdfPages} pages), ${workers} worker(s)…`);
      results.push({ ...(await run('pdf', pdfDir, PDF, workers)), pages: pdfPages });
    }
  }
} finally {
  try {
    pg('pg_ctl', '-D', dataDir, '-m', 'fast', '-w', 'stop');
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\n队列吞吐（${cpus().length} 核；每个工作进程 1 个分析线程；含工作进程启动）`);
console.log('| 文档 | 工作进程 | 份数 | 已存 | 秒 | 份/秒 | 页/秒 | 负载平均值 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(`| ${r.kind === 'text' ? '文本' : 'PDF'} | ${r.workers} | ${r.docs} | ${r.stored} | ${r.seconds.toFixed(1)} | ${r.docsPerSecond.toFixed(1)} | ${r.pages ? (r.pages / r.seconds).toFixed(1) : ''} | ${r.loadAverage.toFixed(1)} |`);
}
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/queue-latest.json'), JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, results }, null, 2));
