#!/usr/bin/env node
// Benchmark of the server's start-up (part of `npm run bench`): `juesuan serve` on an empty embedded store, the time
// from spawning the process until `/` answers, and until an API call that needs the database answers 200 (the
// server listens first and opens the database behind it: 503 until then); its memory (RSS) then and after it
// settles. Two starts each: the first creates the store, the second opens the empty store again (the common restart).
//
//   node bench/startup.mjs
//   BENCH_STARTUP_RUNS=5 node bench/startup.mjs
//
// The server is started as `bin/juesuan serve` (as the README does), through its first line, which sets the C library's
// memory settings (not `node bin/juesuan`, which would leave them out). RSS is read from /proc (Linux): VmRSS when the
// API first answers and 5 s later, VmHWM (the peak) at the end; the CPU time the process used until then (user +
// system, all its threads) is less affected by a busy machine.
// Raw figures go to .bench/startup-latest.json.
/* global fetch */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'bin/juesuan');
const RUNS = Math.max(1, Number(process.env.BENCH_STARTUP_RUNS ?? 3));
const log = (text) => process.stderr.write(`bench/startup: ${text}\n`);

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** kB figures of /proc/<pid>/status as MiB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function start(dataDir) {
  const started = performance.now();
  const child = spawn(CLI, ['serve', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  try {
    let url;
    while (!(url = /(http:\/\/\S+\/)/.exec(out)?.[1])) {
      if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${err}`);
      if (performance.now() - started > 120_000) throw new Error(`serve did not start: ${err}`);
      await sleep(10);
    }
    // The URL is printed once the port listens; `/` must also answer.
    const firstOk = async (path) => {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${err}`);
        if (performance.now() - started > 120_000) throw new Error(`${path} did not answer: ${err}`);
        const res = await fetch(new URL(path, url)).catch(() => undefined);
        await res?.arrayBuffer();
        if (res?.ok) return performance.now() - started;
        await sleep(10);
      }
    };
    const answerMs = await firstOk('/');
    const cpuAtAnswerMs = cpuSeconds(child.pid) * 1000;
    const apiMs = await firstOk('/api/disclosures');
    const cpuMs = cpuSeconds(child.pid) * 1000;
    const atAnswer = memory(child.pid);
    await sleep(5000);
    const settled = memory(child.pid);
    return { answerMs, cpuAtAnswerMs, apiMs, cpuMs, rssAtAnswerMiB: atAnswer.rss, rssSettledMiB: settled.rss, peakMiB: settled.peak };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  }
}

const results = [];
for (let run = 0; run < RUNS; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-startup-'));
  try {
    const first = await start(dir);
    const again = await start(dir);
    results.push({ first, again, load: loadavg()[0] });
    log(`run ${run + 1}/${RUNS}: new store / ${first.answerMs.toFixed(0)} ms (CPU ${first.cpuAtAnswerMs.toFixed(0)}), API ${first.apiMs.toFixed(0)} ms (CPU ${first.cpuMs.toFixed(0)}), ${first.rssSettledMiB.toFixed(0)} MiB; reopened / ${again.answerMs.toFixed(0)} ms (CPU ${again.cpuAtAnswerMs.toFixed(0)}), API ${again.apiMs.toFixed(0)} ms (CPU ${again.cpuMs.toFixed(0)}), ${again.rssSettledMiB.toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (label, key) => {
  const pick = (f) => median(results.map((r) => r[key][f]));
  return `| ${label} | ${pick('answerMs').toFixed(0)} | ${pick('cpuAtAnswerMs').toFixed(0)} | ${pick('apiMs').toFixed(0)} | ${pick('cpuMs').toFixed(0)} | ${pick('rssAtAnswerMiB').toFixed(0)} | ${pick('rssSettledMiB').toFixed(0)} | ${pick('peakMiB').toFixed(0)} |`;
};
console.log(`\n服务启动（空的内嵌数据库，${RUNS} 次取中位数，负载平均值 ${results.map((r) => r.load.toFixed(1)).join(' / ')}）`);
console.log('| 启动 | 到 / 应答 ms | 其间 CPU ms | 到接口 200 ms | 其间 CPU ms | 接口应答时 RSS MiB | 5 秒后 RSS MiB | 峰值 RSS MiB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(row('新建数据库', 'first'));
console.log(row('重新打开', 'again'));
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/startup-latest.json'), `${JSON.stringify({ runs: results }, null, 2)}\n`);
