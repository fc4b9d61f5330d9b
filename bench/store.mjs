#!/usr/bin/env node
// Benchmark of the store and the HTTP API (run `npm run bench:store`, which builds first).
//
//   node bench/store.mjs                    10,000 disclosures in a fresh PGlite directory
//   BENCH_STORE_N=1000 node bench/store.mjs
//   DATABASE_URL=postgres://… node bench/store.mjs   PostgreSQL (a fresh schema, dropped afterwards)
//   DATABASE_URL=… BENCH_STORE_N=100000 BENCH_STORE_IMPORT=10000 node bench/store.mjs
//       PostgreSQL, 100,000 disclosures: 10,000 stored through the repository as below, the other 90,000 copied
//       from them inside PostgreSQL (each copy another department with its own file hash), which takes minutes
//       instead of the hour that importing them one by one would.
//   BENCH_STORE_KEEP=1          keeps the store afterwards (the PGlite directory or PostgreSQL schema is printed), and
//   BENCH_STORE_REUSE=<dir or schema>   times the requests again on such a kept store, without importing anything.
//
// 1. Analyses the seeds in ../shared/seeds (or demo/mini-2024.txt) once, then stores N disclosures generated from
//    them by varying department and year (each with its own bytes): import throughput in docs/s.
// 2. Uploads a few files through POST /api/disclosures (read + extract + audit + store): docs/s end to end.
// 3. Starts `juesuan serve` on the store in a child process on 127.0.0.1 and times BENCH_STORE_REQUESTS requests
//    per kind (list with filters and paging, detail, aggregate, search): p50/p95/max latency in ms.
// 4. The portal's main pages (bench/portal.mjs): p50/p95 of each page's HTML and API calls together.
// 5. The server's RSS after the load (VmRSS and peak VmHWM from /proc).
// Raw figures are also written to .bench/store-latest.json. Traffic goes to 127.0.0.1 only, bounded in count.
/* global fetch, FormData, File */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextEncoder } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
if (!existsSync(join(root, 'dist/store/open.js'))) {
  console.error('bench/store: dist/ is missing; run `npm run bench:store` (it builds first)');
  process.exit(2);
}
const { openStore, dropSchema } = await import(dist('store/open.js'));
const { createApp } = await import(dist('server/index.js'));
const { analyseBytes } = await import(dist('pipeline/analyse.js'));
const { currentRulesVersion } = await import(dist('pipeline/rules-version.js'));

const N = Math.max(1, Number(process.env.BENCH_STORE_N ?? 10_000));
const REQUESTS = Math.max(1, Number(process.env.BENCH_STORE_REQUESTS ?? 200));
const UPLOADS = Math.max(1, Number(process.env.BENCH_STORE_UPLOADS ?? 20));
const YEARS = 10;
const DATABASE_URL = process.env.DATABASE_URL;
const CONCURRENCY = Math.max(1, Number(process.env.BENCH_STORE_CONCURRENCY ?? (DATABASE_URL ? 4 : 1)));
const IMPORT = Math.min(N, Math.max(1, Number(process.env.BENCH_STORE_IMPORT ?? N)));
if (IMPORT < N && !DATABASE_URL) {
  console.error('bench/store: BENCH_STORE_IMPORT below BENCH_STORE_N copies in PostgreSQL; set DATABASE_URL');
  process.exit(2);
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const log = (text) => process.stderr.write(`bench/store: ${text}\n`);

// --- the documents --------------------------------------------------------------------------------------------
const seedsDir = resolve(root, '../shared/seeds');
const sources = existsSync(seedsDir)
  ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f))
  : [join(root, 'demo/mini-2024.txt')];
const bases = [];
for (const file of sources) {
  const bytes = readFileSync(file);
  try {
    const analysis = await analyseBytes(basename(file), new Uint8Array(bytes));
    if (analysis.disclosure.facts.length === 0) continue; // a 绩效报告 without tables adds nothing to aggregates
    bases.push({ name: basename(file), text: bytes.toString('utf8'), analysis });
  } catch (e) {
    log(`skipped ${basename(file)}: ${e.code ?? e.message}`);
  }
}
if (bases.length === 0) {
  console.log('bench/store: skipped — no document could be analysed');
  process.exit(0);
}
log(`${bases.length} base documents (${bases.map((b) => b.name).join(', ')}); generating ${N} disclosures`);

/** Disclosure i: base i mod k, department ⌊i / YEARS⌋ of its region, year 2015 + i mod YEARS. */
function generated(i) {
  const base = bases[i % bases.length];
  const doc = base.analysis.disclosure.document;
  const region = `${doc.region ?? '示例县'}${Math.floor(i / (bases.length * YEARS)) % 50}`;
  const department = `${region}第${Math.floor(i / YEARS)}号${doc.department?.replace(doc.region ?? '', '') ?? '示例局'}`;
  const year = 2015 + (i % YEARS);
  const text = doc.department ? base.text.replaceAll(doc.department, department) : base.text;
  return {
    file: { name: `${department}-${year}.txt`, bytes: new TextEncoder().encode(`${text}\n<!-- bench ${i} -->\n`) },
    analysis: { ...base.analysis, disclosure: { ...base.analysis.disclosure, document: { ...doc, department, region, year } } },
  };
}

// --- the store ------------------------------------------------------------------------------------------------
const REUSED = process.env.BENCH_STORE_REUSE || undefined;
const KEEP = REUSED !== undefined || process.env.BENCH_STORE_KEEP === '1';
const dataDir = DATABASE_URL ? undefined : (REUSED ?? mkdtempSync(join(tmpdir(), 'juesuan-bench-')));
const schema = DATABASE_URL ? (REUSED ?? `juesuan_bench_${randomBytes(4).toString('hex')}`) : undefined;
const rulesVersion = currentRulesVersion();
const results = { n: N, driver: DATABASE_URL ? 'postgres' : 'pglite', bases: bases.map((b) => b.name), concurrency: CONCURRENCY };
let child;

try {
  if (REUSED) {
    log(`reusing ${REUSED}: nothing imported`);
    const store = await openStore({ databaseUrl: DATABASE_URL, dataDir, schema });
    results.stats = await store.repo.stats();
    await store.close();
  } else await fill();

  // --- the server in a child process ----------------------------------------------------------------------------
  // The server's analysis queue (PostgreSQL) lives in a schema of this run too, dropped afterwards.
  const env = { ...process.env, JUESUAN_TOKEN: '', ...(schema ? { JUESUAN_QUEUE_SCHEMA: `${schema}_queue` } : {}) };
  if (DATABASE_URL) {
    const url = new URL(DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    env.DATABASE_URL = url.toString();
  }
  // As a user starts it: through bin/juesuan's first line, with its memory settings (bench/startup.mjs).
  child = spawn(join(root, 'bin/juesuan'), ['serve', '--port', '0', '--no-reaudit', ...(dataDir ? ['--data', dataDir] : [])], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const base = await new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s: ${err}`)), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/[^\s/]+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[0]);
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  // The server listens before its database is open and answers 503 until then: wait for it to be ready.
  for (const until = Date.now() + 120_000; ; ) {
    const res = await fetch(`${base}api/health`).catch(() => undefined);
    await res?.arrayBuffer();
    if (res?.status === 200) break;
    if (Date.now() > until) throw new Error(`server not ready in 120 s (last answer ${res?.status ?? 'none'})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`server at ${base}`);

  const departments = Math.ceil(N / YEARS);
  const regions = [...new Set(bases.map((b) => b.analysis.disclosure.document.region ?? '示例县'))];
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  const codes = [...new Set(bases.flatMap((b) => b.analysis.disclosure.facts.filter((f) => f.table === 'T03' && /^\d{3}$/.test(f.row)).map((f) => f.row)))];
  const kinds = {
    list: () => `api/disclosures?page=${1 + Math.floor(Math.random() * 50)}&pageSize=20${Math.random() < 0.5 ? `&year=${2015 + Math.floor(Math.random() * YEARS)}` : ''}${Math.random() < 0.3 ? '&hasErrors=true' : ''}`,
    'list region': () => `api/disclosures?region=${encodeURIComponent(`${pick(regions)}${Math.floor(Math.random() * 50)}`)}&pageSize=50`,
    detail: () => `api/disclosures/${1 + Math.floor(Math.random() * N)}`,
    'aggregate code×year': () => `api/aggregates?table=T03&row=${pick(codes) ?? '合计'}&column=${encodeURIComponent('本年支出合计')}&groupBy=year`,
    'aggregate dept (region)': () =>
      `api/aggregates?table=T03&column=${encodeURIComponent('本年支出合计')}&row=${pick(codes) ?? '合计'}&groupBy=department,year&region=${encodeURIComponent(`${pick(regions)}${Math.floor(Math.random() * 50)}`)}`,
    'search dept': () => `api/search?q=${encodeURIComponent(`第${Math.floor(Math.random() * departments)}号`)}`,
    'search text': () => `api/search?q=${encodeURIComponent(pick(['机关运行经费', '政府采购', '公务接待', '绩效自评', '没有这样的文字']))}`,
    'search code': () => `api/search?q=${pick(codes) ?? '201'}`,
  };
  results.latency = {};
  for (const [kind, path] of Object.entries(kinds)) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < Math.min(5, REQUESTS); i++) await (await fetch(base + path())).arrayBuffer(); // warm-up
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      const res = await fetch(base + path());
      const body = await res.arrayBuffer();
      times.push(performance.now() - t);
      bytes += body.byteLength;
      if (res.status !== 200) throw new Error(`${kind}: HTTP ${res.status} ${Buffer.from(body).toString()}`);
    }
    results.latency[kind] = { requests: REQUESTS, p50Ms: median(times), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times), meanBytes: bytes / REQUESTS };
    log(`${kind}: p50 ${median(times).toFixed(1)} ms`);
  }
  // The portal's main pages: the HTML plus the API calls each page makes, as a browser would.
  const { benchPortal } = await import(pathToFileURL(join(root, 'bench/portal.mjs')).href);
  results.portal = await benchPortal(base, { rounds: Math.min(50, REQUESTS), log: () => {} });
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    results.serverRss = { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  } catch {
    results.serverRss = undefined;
  }
  results.disk = dataDir ? { dataMiB: dirSize(dataDir) / 1048576 } : undefined;
} finally {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  if (KEEP) log(`kept the store: BENCH_STORE_REUSE=${dataDir ?? schema} times the requests again`);
  else if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  else if (schema) {
    await dropSchema(DATABASE_URL, schema);
    await dropSchema(DATABASE_URL, `${schema}_queue`);
  }
}

/** Stores the N disclosures (importing and, on PostgreSQL, copying), then uploads a few through the API. */
async function fill() {
  const store = await openStore({ databaseUrl: DATABASE_URL, dataDir, schema });
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  let lastReport = t0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < IMPORT; i = next++) {
        const { file, analysis } = generated(i);
        await store.repo.importAnalysis(file, analysis, rulesVersion);
        done++;
        if (performance.now() - lastReport > 5000) {
          lastReport = performance.now();
          log(`imported ${done}/${IMPORT} (${(done / ((lastReport - t0) / 1000)).toFixed(0)} docs/s)`);
        }
      }
    }),
  );
  const importSeconds = (performance.now() - t0) / 1000;
  results.import = { docs: IMPORT, seconds: importSeconds, docsPerSecond: IMPORT / importSeconds };
  if (IMPORT < N) {
    const t = performance.now();
    await copyInDatabase(store.db, IMPORT, N);
    results.copied = { docs: N - IMPORT, seconds: (performance.now() - t) / 1000 };
  }
  results.stats = await store.repo.stats();

  // Uploads through the API in process: the whole pipeline plus the store.
  const app = createApp({ repo: store.repo, analyser: { rulesVersion, analyse: analyseBytes }, webRoot: false });
  const uploadTimes = [];
  for (let i = 0; i < UPLOADS; i++) {
    const { file } = generated(N + i);
    const form = new FormData();
    form.append('file', new File([file.bytes], file.name));
    const t = performance.now();
    const res = await app.request('/api/disclosures', { method: 'POST', body: form });
    uploadTimes.push(performance.now() - t);
    if (res.status !== 201) throw new Error(`upload ${i}: HTTP ${res.status} ${await res.text()}`);
  }
  const uploadSeconds = uploadTimes.reduce((a, b) => a + b, 0) / 1000;
  results.upload = { docs: UPLOADS, docsPerSecond: UPLOADS / uploadSeconds, p50Ms: median(uploadTimes), p95Ms: quantile(uploadTimes, 0.95) };
  await store.close();
}

/**
 * Grows the store from `imported` to `target` disclosures inside PostgreSQL: round k copies the first disclosures
 * (all of them, or as many as are still missing) with everything that hangs off them, as department「name·k」with
 * a file hash of its own. The copies are what an import of the same documents for other departments would have stored.
 */
async function copyInDatabase(db, imported, target) {
  const { sql } = await import('kysely');
  const columns = async (table) =>
    (await sql`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db)).rows.map((r) => r.column_name);
  const quote = (c) => `"${c}"`;
  const copy = async (trx, table, replaced, from) => {
    const cols = (await columns(table)).filter((c) => !(table === 'facts' || table === 'findings') || c !== 'id');
    const select = cols.map((c) => replaced[c] ?? `t.${quote(c)}`).join(', ');
    await sql.raw(`insert into ${table} (${cols.map(quote).join(', ')}) select ${select} ${from}`).execute(trx);
  };
  // Secondary indexes are dropped while copying and built again at the end: building them once is far faster than
  // updating them row by row (constraints, and the indexes they own, stay).
  const indexes = (
    await sql`select indexname, indexdef from pg_indexes i where schemaname = current_schema()
      and tablename in ('disclosures', 'disclosure_tables', 'disclosure_figures', 'facts', 'findings', 'disclosure_contents', 'files', 'departments')
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(db)
  ).rows;
  for (const { indexname } of indexes) await sql.raw(`drop index "${indexname}"`).execute(db);
  // Each round doubles the store (copies of copies are departments of their own too): a handful of rounds, each one
  // pass over the tables, instead of a round per thousand that rescans ever larger tables without their indexes.
  for (let k = 1, have = imported; have < target; k++) {
    const count = Math.min(have, target - have);
    await db.transaction().execute(async (trx) => {
      await sql.raw(`create temp table clone_map on commit drop as
        select d.id as old_id, nextval(pg_get_serial_sequence('disclosures', 'id')) as new_id,
          encode(sha256(convert_to(d.file_sha256 || ':' || ${k}, 'UTF8')), 'hex') as new_sha, dep.name || '·' || ${k} as dep_name, dep.region as dep_region
        from disclosures d left join departments dep on dep.id = d.department_id where d.id in (select id from disclosures order by id limit ${count})`).execute(trx);
      await sql.raw(`insert into departments (name, region) select distinct dep_name, dep_region from clone_map where dep_name is not null on conflict do nothing`).execute(trx);
      await copy(trx, 'files', { sha256: 'm.new_sha' }, 'from clone_map m join disclosures d on d.id = m.old_id join files t on t.sha256 = d.file_sha256');
      await copy(
        trx,
        'disclosures',
        { id: 'm.new_id', file_sha256: 'm.new_sha', department_id: 'dep.id' },
        'from clone_map m join disclosures t on t.id = m.old_id left join departments dep on dep.name = m.dep_name and dep.region = m.dep_region',
      );
      for (const child of ['disclosure_contents', 'disclosure_tables', 'disclosure_figures', 'facts', 'findings']) {
        await copy(trx, child, { disclosure_id: 'm.new_id' }, `from clone_map m join ${child} t on t.disclosure_id = m.old_id`);
      }
    });
    have += count;
    log(`copied in the database: ${have}/${target}`);
  }
  for (const { indexname, indexdef } of indexes) {
    log(`building index ${indexname}…`);
    await sql.raw(indexdef).execute(db);
  }
  await sql`analyze`.execute(db);
}

function dirSize(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

// --- figures ----------------------------------------------------------------------------------------------------
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/store-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const f1 = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(1));
console.log(`\n决算通存储与接口基准（${results.driver}，${cpus().length} 核，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GiB）`);
console.log(`库中：决算 ${results.stats.disclosures} 份、部门 ${results.stats.departments} 个、数字 ${results.stats.facts} 个、审核发现 ${results.stats.findings} 条`);
if (results.import) console.log(`导入（仅存储，并发 ${CONCURRENCY}）：${IMPORT} 份用时 ${f1(results.import.seconds)} s，${f1(results.import.docsPerSecond)} 份/秒`);
if (results.copied) console.log(`库内复制：${results.copied.docs} 份用时 ${f1(results.copied.seconds)} s`);
if (results.upload) console.log(`上传（读取+抽取+审核+存储，经 API）：${f1(results.upload.docsPerSecond)} 份/秒，p50 ${f1(results.upload.p50Ms)} ms，p95 ${f1(results.upload.p95Ms)} ms`);
console.log(['请求', '次数', 'p50 ms', 'p95 ms', '最大 ms', '平均字节'].join('\t'));
for (const [kind, r] of Object.entries(results.latency)) console.log([kind, r.requests, f1(r.p50Ms), f1(r.p95Ms), f1(r.maxMs), r.meanBytes.toFixed(0)].join('\t'));
if (results.portal) {
  console.log(['门户页面（HTML + 该页的接口调用）', '调用数', 'p50 ms', 'p95 ms', '最大 ms'].join('\t'));
  for (const r of results.portal) console.log([r.page, r.calls, f1(r.p50), f1(r.p95), f1(r.max)].join('\t'));
}
if (results.serverRss) console.log(`服务进程内存：RSS ${f1(results.serverRss.rssMiB)} MiB，峰值 ${f1(results.serverRss.peakMiB)} MiB`);
if (results.disk) console.log(`数据目录：${f1(results.disk.dataMiB)} MiB`);
