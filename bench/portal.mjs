#!/usr/bin/env node
// Latency of the portal's main pages against a running server: for each page, the HTML and the API calls the page
// makes (in parallel, as the browser does), timed together; p50/p95/max in ms over `rounds` visits, each visit on
// another disclosure or department so that no single cached answer dominates. Compressed transfer as a browser
// asks for it (Accept-Encoding: gzip, br).
//
//   node bench/portal.mjs [base URL, default http://127.0.0.1:8080/] [rounds, default 20]
//
// The lead's store bench calls benchPortal(baseUrl) on its server with 10,000 disclosures.
/* global fetch, URLSearchParams, TextDecoder */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const HEADERS = { 'Accept-Encoding': 'gzip, br', Accept: 'application/json, text/html' };

async function get(base, path) {
  const res = await fetch(new URL(path, base), { headers: HEADERS });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return { res, bytes: body.byteLength, json: () => JSON.parse(new TextDecoder().decode(body)) };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

const sourceQuery = (s) =>
  new URLSearchParams('line' in s ? { line: s.line, ...(s.column ? { column: s.column } : {}) } : 'page' in s ? { page: s.page, bbox: s.bbox.join(',') } : { sheet: s.sheet, cell: s.cell });

/**
 * Times the main pages. Returns [{ page, calls, p50, p95, max, samples }] (ms) and, with `log`, prints a table.
 * Needs at least one disclosure in the store.
 */
export async function benchPortal(baseUrl, { rounds = 20, log = console.log } = {}) {
  const base = new URL(baseUrl);
  const list = (await get(base, '/api/disclosures?pageSize=50')).json();
  if (!list.items.length) throw new Error('bench/portal: the store has no disclosures');
  const ids = list.items.map((d) => d.id);
  const departments = (await get(base, '/api/departments')).json().items;
  const sources = [];
  for (const id of ids.slice(0, 10)) {
    const f = (await get(base, `/api/disclosures/${id}/findings`)).json().findings.find((x) => x.sources.length);
    if (f) sources.push({ id, source: f.sources[0] });
  }
  const pick = (arr, i) => arr[i % arr.length];
  const region = (i) => pick(list.items, i).region ?? '';
  const word = (i) => (pick(list.items, i).department ?? '决算').slice(-4);

  const pages = [
    { page: '首页（上传与列表）', calls: () => ['/', '/api/disclosures?page=1&pageSize=20'] },
    { page: '审核发现', calls: (i) => ['/', `/api/disclosures/${pick(ids, i)}/findings`, `/api/departments?region=${encodeURIComponent(region(i))}`] },
    { page: '表格', calls: (i) => ['/', `/api/disclosures/${pick(ids, i)}/findings`, `/api/disclosures/${pick(ids, i)}/tables`] },
    ...(sources.length
      ? [
          {
            page: '出处',
            calls: (i) => {
              const { id, source } = pick(sources, i);
              return [`/api/disclosures/${id}/source?${sourceQuery(source)}`, ...('page' in source ? [`/api/disclosures/${id}/pages/${source.page}`] : [])];
            },
          },
        ]
      : []),
    ...(departments.length ? [{ page: '部门历年（含图表库）', calls: (i) => ['/', `/api/departments/${pick(departments, i).id}`, '/vendor/echarts.js'] }] : []),
    { page: '审核总览', calls: (i) => ['/', `/api/dashboard${i % 2 && region(i) ? `?region=${encodeURIComponent(region(i))}` : ''}`] },
    { page: '搜索', calls: (i) => ['/', `/api/search?q=${encodeURIComponent(word(i))}&limit=50`] },
    ...(ids.length > 1 ? [{ page: '对比', calls: (i) => ['/', `/api/compare?ids=${pick(ids, i)},${pick(ids, i + 1)}`] }] : []),
  ];

  const results = [];
  for (const p of pages) {
    const samples = [];
    let bytes = 0;
    for (let i = 0; i < rounds; i++) {
      const calls = p.calls(i);
      const t = performance.now();
      const done = await Promise.all(calls.map((c) => get(base, c)));
      samples.push(performance.now() - t);
      bytes += done.reduce((n, d) => n + d.bytes, 0);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    results.push({
      page: p.page,
      calls: p.calls(0).length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted[sorted.length - 1],
      kb: bytes / rounds / 1024,
      samples,
    });
  }
  if (log) {
    log(`门户页面延迟（${base.origin}，每页 ${rounds} 次，毫秒；KB 为解压后的平均数据量）`);
    log(`${'页面'.padEnd(20)}${'请求数'.padStart(6)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}${'KB'.padStart(9)}`);
    for (const r of results) log(`${r.page.padEnd(22 - [...r.page].filter((c) => c > '\u2e80').length)}${String(r.calls).padStart(6)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}${r.max.toFixed(1).padStart(9)}${r.kb.toFixed(1).padStart(9)}`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [base = 'http://127.0.0.1:8080/', rounds = '20'] = process.argv.slice(2);
  benchPortal(base, { rounds: Number(rounds) }).catch((e) => {
    console.error(`bench/portal: ${e.message}`);
    process.exit(1);
  });
}
