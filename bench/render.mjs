#!/usr/bin/env node
// Benchmark of drafting and rendering one disclosure (run `npm run build` first; figures, never timed tests).
//
//   node bench/render.mjs                     seed 000 (../shared), else demo/mini-2024.txt
//   node bench/render.mjs some.pdf            that document
//   BENCH_REPEATS=10 node bench/render.mjs    repeats per format (PDF: a third of them, at least 2)
//   BENCH_DIST=/tmp/dist node bench/render.mjs  compiled sources elsewhere than dist/
//
// Per step, in ms: the median of the repeats after one warm-up. draft = draftDisclosure() from the facts;
// each format = draft + render to bytes (HTML also includes drawing the charts; PDF includes starting Chromium).
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const load = (path) => import(pathToFileURL(join(dist, path)).href);
if (!existsSync(join(dist, 'render/html.js'))) {
  console.error(`没有找到 ${join(dist, 'render/html.js')}：请先运行 npm run build`);
  process.exit(2);
}

const seeds = resolve(root, '../shared/seeds');
const seed000 = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('000_')) : undefined;
const file = process.argv[2] ?? (seed000 ? join(seeds, seed000) : join(root, 'demo/mini-2024.txt'));
const repeats = Number(process.env.BENCH_REPEATS ?? 5);

const { extractFile } = await load('pipeline/analyse.js');
const { draftDisclosure } = await load('draft/index.js');
const { renderHtml } = await load('render/html.js');
const { renderDocx } = await load('render/docx.js');
const { renderXlsx } = await load('render/xlsx.js');
const { renderPdf, findChromium } = await load('render/pdf.js');

const disclosure = await extractFile(file);

async function time(n, job) {
  await job(); // warm-up
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await job();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [];
let bytes = {};
rows.push(['draft', await time(repeats, () => draftDisclosure(disclosure))]);
for (const [name, render] of [
  ['HTML', async (d) => Buffer.from(renderHtml(d), 'utf8')],
  ['DOCX', renderDocx],
  ['XLSX', renderXlsx],
  ...(findChromium() ? [['PDF', renderPdf]] : []),
]) {
  const n = name === 'PDF' ? Math.max(2, Math.round(repeats / 3)) : repeats;
  rows.push([`draft + ${name}`, await time(n, async () => (bytes[name] = (await render(draftDisclosure(disclosure))).length))]);
}
if (!findChromium()) console.log('（未找到 Chromium，未测 PDF）');

console.log(`文件：${file}`);
console.log(`事实 ${disclosure.facts.length} 个，表 ${disclosure.tables.length} 张；每项取 ${repeats} 次（PDF 少些）的中位数`);
console.log('| 步骤 | 毫秒 | 输出字节 |');
console.log('| --- | ---: | ---: |');
for (const [name, ms] of rows) {
  const format = name.split(' + ')[1];
  console.log(`| ${name} | ${ms.toFixed(1)} | ${format ? bytes[format] : ''} |`);
}
