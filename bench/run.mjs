#!/usr/bin/env node
// Benchmark of the pipeline and the CLI (run it with `npm run bench`, which builds first).
//
//   node bench/run.mjs                 every document in ../shared/seeds
//   node bench/run.mjs a.txt b.pdf     these documents
//   BENCH_REPEATS=50 node bench/run.mjs
//   BENCH_OCR_PAGES=6 node bench/run.mjs  pages of the scanned copy read by OCR (default 3; 0 leaves OCR out)
//   BENCH_BATCH=160 node bench/run.mjs     copies of the seeds checked as one folder (default 80; 0 leaves it out)
//
// Per document: facts (read + extract) and check (read + extract + audit) in ms, cold = the first call in a
// fresh node process (module loading reported apart), warm = median of BENCH_REPEATS in-process calls after
// a warm-up; peak RSS of the cold check process; wall time of `bin/juesuan check <file> --json` (median of 3) and,
// where /usr/bin/time exists, that command's CPU time (user + sys) and peak RSS.
// Digital PDFs: pages per second beside `pdftotext -layout`. Scanned pages: a scanned copy (200 dpi JPEG pages, no
// text layer) of the first BENCH_OCR_PAGES pages holding table facts of the first sample PDF, read by OCR once:
// seconds per page, and how many of the facts the digital read finds on those pages the scan reads exactly.
// Batch: `bin/juesuan check <folder> --json` on BENCH_BATCH copies of the text seeds (the pool's threads, one per
// core): documents per second of wall time and per CPU-second. The machine's load average is printed beside it.
// Raw figures are also written to .bench/latest.json.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pipeline = pathToFileURL(join(root, 'dist/pipeline/analyse.js')).href;
const script = fileURLToPath(import.meta.url);
const JOBS = { facts: 'extractFile', check: 'analyseFile' };

// Child mode: one cold call in this fresh process, reported as JSON on stdout.
if (process.argv[2] === '--child') {
  const [, , , mode, file] = process.argv;
  const t0 = performance.now();
  const module = await import(pipeline);
  const t1 = performance.now();
  let error;
  try {
    await module[JOBS[mode]](file);
  } catch (e) {
    error = e.code ?? e.message;
  }
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, maxRssKiB: process.resourceUsage().maxRSS, error }));
  process.exit(0);
}

if (!existsSync(fileURLToPath(pipeline))) {
  console.error('bench: dist/ is missing; run `npm run bench` (it builds first)');
  process.exit(2);
}
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 20));
const WARMUP = 3;

let files = process.argv.slice(2);
if (files.length === 0) {
  const seeds = resolve(root, '../shared/seeds');
  if (!existsSync(seeds)) {
    console.log(`bench: skipped — ${seeds} not found (the seeds live in ../shared beside the repository)`);
    process.exit(0);
  }
  files = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort().map((f) => join(seeds, f));
  const samples = resolve(root, '../shared/samples');
  if (existsSync(samples)) files.push(...readdirSync(samples).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(samples, f)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function cold(mode, file) {
  const r = spawnSync(process.execPath, [script, '--child', mode, file], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) return { error: `child exited ${r.status}: ${r.stderr.split('\n')[0]}` };
  return JSON.parse(r.stdout);
}

async function warm(fn, file) {
  try {
    for (let i = 0; i < WARMUP; i++) await fn(file);
    const times = [];
    for (let i = 0; i < REPEATS; i++) {
      const t = performance.now();
      await fn(file);
      times.push(performance.now() - t);
    }
    return { medianMs: median(times), minMs: Math.min(...times) };
  } catch (e) {
    return { error: e.code ?? e.message };
  }
}

const TIME = '/usr/bin/time';
const FORMAT = 'bench-time %U %S %M';

/** `bin/juesuan <args>` once: wall ms, exit status and, under /usr/bin/time, CPU seconds and peak RSS (KiB). */
function cli(args) {
  const command = [join(root, 'bin/juesuan'), ...args];
  const timed = existsSync(TIME);
  const t = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', FORMAT, process.execPath, ...command], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, command, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t;
  const m = timed ? /bench-time ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr) : null;
  return { wallMs, status: r.status, cpuS: m ? Number(m[1]) + Number(m[2]) : undefined, maxRssKiB: m ? Number(m[3]) : undefined };
}

function cliRuns(file) {
  const runs = [0, 1, 2].map(() => cli(['check', file, '--json']));
  const of = (key) => (runs.every((r) => r[key] !== undefined) ? median(runs.map((r) => r[key])) : undefined);
  return { medianMs: of('wallMs'), cpuS: of('cpuS'), maxRssKiB: of('maxRssKiB'), status: runs.at(-1).status };
}

const module = await import(pipeline);
const results = [];
for (const file of files) {
  process.stderr.write(`bench: ${basename(file)} …\n`);
  const row = { file: basename(file) };
  for (const mode of Object.keys(JOBS)) row[mode] = { cold: cold(mode, file), warm: await warm(module[JOBS[mode]], file) };
  row.cli = cliRuns(file);
  results.push(row);
}

const ms = (x) => (x === undefined ? '—' : x.toFixed(1));
const cell = (r) => (r.error ? `失败(${r.error})` : undefined);
const table = [
  ['文档', '加载', 'facts 冷', 'facts 热', 'check 冷', 'check 热', '峰值RSS MiB', 'CLI check', 'CLI CPU s', 'CLI 峰值 MiB', '退出码'],
  ...results.map((r) => [
    r.file,
    ms(r.check.cold.importMs),
    cell(r.facts.cold) ?? ms(r.facts.cold.firstMs),
    cell(r.facts.warm) ?? ms(r.facts.warm.medianMs),
    cell(r.check.cold) ?? ms(r.check.cold.firstMs),
    cell(r.check.warm) ?? ms(r.check.warm.medianMs),
    r.check.cold.maxRssKiB === undefined ? '—' : (r.check.cold.maxRssKiB / 1024).toFixed(0),
    ms(r.cli.medianMs),
    r.cli.cpuS === undefined ? '—' : r.cli.cpuS.toFixed(2),
    r.cli.maxRssKiB === undefined ? '—' : (r.cli.maxRssKiB / 1024).toFixed(0),
    String(r.cli.status),
  ]),
];
const width = (s) => [...s].reduce((w, ch) => w + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
const widths = table[0].map((_, i) => Math.max(...table.map((row) => width(row[i]))));
const line = (row) => row.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ');

const env = `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; warm = median of ${REPEATS}; load average at the start ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
console.log(`\n${env}\n所有时间单位为毫秒（ms）；「加载」= 冷进程中导入 dist/pipeline 的时间，不计入「冷」。\n`);
console.log(table.map(line).join('\n'));

// Digital PDFs: pages per second of `facts` (warm, one thread) beside poppler's `pdftotext -layout` on the same
// file in the same run, the practical speed limit for getting text out of a PDF.
const tool = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' });
const pdfs = results.filter((r) => r.file.endsWith('.pdf') && r.facts.warm.medianMs !== undefined);
if (pdfs.length && tool('pdfinfo', ['-v']).status === 0) {
  const rows = [['PDF', '页数', 'facts 热 页/秒', 'pdftotext -layout 页/秒']];
  for (const r of pdfs) {
    const file = files.find((f) => basename(f) === r.file);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]).stdout)?.[1]);
    const times = [0, 1, 2].map(() => {
      const t = performance.now();
      tool('pdftotext', ['-layout', file, '/dev/null']);
      return performance.now() - t;
    });
    r.pages = pages;
    r.pdftotextMs = median(times);
    rows.push([r.file, String(pages), (pages / (r.facts.warm.medianMs / 1000)).toFixed(1), (pages / (r.pdftotextMs / 1000)).toFixed(1)]);
  }
  const pw = rows[0].map((_, i) => Math.max(...rows.map((row) => width(row[i]))));
  console.log(`\n${rows.map((row) => row.map((c, i) => (i === 0 ? c + ' '.repeat(pw[i] - width(c)) : ' '.repeat(pw[i] - width(c)) + c)).join('  ')).join('\n')}`);
} else if (pdfs.length) console.log('\n（未安装 poppler-utils，跳过与 pdftotext 的对比）');

// Batch: text documents per second through `juesuan check <folder>`, on copies of the seeds.
const BATCH = Math.max(0, Number(process.env.BENCH_BATCH ?? 80));
const seedDir = resolve(root, '../shared/seeds');
let batch;
if (BATCH > 0 && existsSync(seedDir)) {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-batch-'));
  try {
    for (let k = 0; k < BATCH; k++) copyFileSync(join(seedDir, seeds[k % seeds.length]), join(dir, `${String(k).padStart(4, '0')}-${seeds[k % seeds.length]}`));
    const load = loadavg()[0];
    const run = cli(['check', dir, '--json']);
    batch = { documents: BATCH, ...run, loadBefore: load, loadAfter: loadavg()[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const perCpu = batch.cpuS === undefined ? '' : `，CPU ${batch.cpuS.toFixed(1)} 秒（每 CPU 秒 ${(BATCH / batch.cpuS).toFixed(1)} 份），峰值 RSS ${(batch.maxRssKiB / 1024).toFixed(0)} MiB`;
  console.log(
    `\n批量：juesuan check <目录>（${BATCH} 份种子副本，${cpus().length} 核）：墙钟 ${(batch.wallMs / 1000).toFixed(1)} 秒，${(BATCH / (batch.wallMs / 1000)).toFixed(1)} 份/秒${perCpu}；` +
      `负载平均值 ${batch.loadBefore.toFixed(1)} → ${batch.loadAfter.toFixed(1)}`,
  );
}

// Scanned pages: OCR seconds per page (wall clock, pages read side by side as the reader does by default).
const OCR_PAGES = Math.max(0, Number(process.env.BENCH_OCR_PAGES ?? 3));
let ocr;
const sample = files.find((f) => f.endsWith('.pdf'));
if (OCR_PAGES > 0 && sample) {
  const { ocrUnavailable } = await import(pathToFileURL(join(root, 'dist/read/ocr/tools.js')).href);
  const unavailable = await ocrUnavailable();
  if (unavailable) console.log(`\n（无法测量扫描件：${unavailable}）`);
  else ocr = await benchOcr(sample, OCR_PAGES);
}

async function benchOcr(file, count) {
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const [{ readDocument, readBytes }, { extractDisclosure }, { factKey }, { scanPdf }, { DEFAULT_OCR }] = await Promise.all(
    ['read/index.js', 'extract/index.js', 'model/fact.js', 'read/ocr/image-pdf.js', 'read/ocr/scanned-pages.js'].map(load),
  );
  // The digital read says which pages hold table facts, and gives the values the scan must match.
  const digital = extractDisclosure(await readDocument(file)).facts;
  const pageOf = (f) => f.source?.page;
  const pages = [...new Set(digital.map(pageOf).filter((p) => p !== undefined))].sort((a, b) => a - b).slice(0, count);
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-scan-'));
  try {
    const scanned = scanPdf(file, dir, { dpi: 200, quality: 80, pages });
    const t = performance.now();
    const layout = await readBytes('scan.pdf', scanned);
    const seconds = (performance.now() - t) / 1000;
    // Facts on the chosen pages, as the digital read has them, against the scan's (the scan's page k is pages[k-1]).
    const wanted = digital.filter((f) => pages.includes(pageOf(f)));
    const read = new Map(extractDisclosure(layout).facts.map((f) => [factKey(f), f.value]));
    const exact = wanted.filter((f) => read.get(factKey(f)) === f.value).length;
    return { file: basename(file), pages, seconds, perPage: seconds / pages.length, concurrency: DEFAULT_OCR.concurrency, dpi: DEFAULT_OCR.dpi, exact, total: wanted.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (ocr) {
  console.log(
    `\n扫描件（OCR）：${ocr.file} 第 ${ocr.pages.join('、')} 页的扫描副本（200 dpi JPEG，无文字层），以 ${ocr.dpi} dpi 识别，${ocr.concurrency} 页并行：` +
      `${ocr.seconds.toFixed(1)} 秒，${ocr.perPage.toFixed(2)} 秒/页；事实精确一致 ${ocr.exact} / ${ocr.total}`,
  );
}

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/latest.json'), `${JSON.stringify({ env, date: new Date().toISOString(), results, batch, ocr }, null, 2)}\n`);
