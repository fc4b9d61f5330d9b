import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { portalStatic } from './portal-static.js';

const root = mkdtempSync(join(tmpdir(), 'juesuan-web-'));
mkdirSync(join(root, 'js'));
writeFileSync(
  join(root, 'index.html'),
  '<html><head><link rel="stylesheet" href="/app.css"><link rel="modulepreload" href="/js/main.js"></head><body><script type="module" src="/js/main.js"></script></body></html>',
);
writeFileSync(join(root, 'app.css'), `body { color: red; }\n${'/* padding */\n'.repeat(100)}`);
writeFileSync(join(root, 'js', 'main.js'), "import './util.js';\n");
writeFileSync(join(root, 'js', 'util.js'), 'export const x = 1;\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('portal static files', () => {
  const app = portalStatic(root);

  it('serves index.html with hashed URLs, an import map for every module and a CSP that allows exactly it', async () => {
    const res = await app.request('/');
    const html = await res.text();
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(html).toMatch(/href="\/app\.css\?v=[0-9a-f]{16}"/);
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(html)![1]!) as { imports: Record<string, string> };
    expect(Object.keys(map.imports).sort()).toEqual(['/js/main.js', '/js/util.js', '/vendor/echarts.js']);
    // Before the first module is fetched, preloads included.
    expect(html.indexOf('importmap')).toBeLessThan(html.indexOf('modulepreload'));
    expect(html.indexOf('importmap')).toBeLessThan(html.indexOf('type="module"'));
    expect(res.headers.get('Content-Security-Policy')).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('caches hashed URLs for a year, answers 304 to a known ETag, and compresses text', async () => {
    const html = await (await app.request('/')).text();
    const url = /href="(\/app\.css\?v=[0-9a-f]+)"/.exec(html)![1]!;
    const res = await app.request(url, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers.get('Cache-Control')).toContain('immutable');
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain('color: red');
    const again = await app.request('/app.css', { headers: { 'If-None-Match': res.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect((await app.request('/app.css')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it('serves ECharts from node_modules and leaves unknown paths and /api/ alone', async () => {
    const res = await app.request('/vendor/echarts.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('javascript');
    expect((await app.request('/nothing.js')).status).toBe(404);
    expect((await app.request('/api/x')).status).toBe(404);
  });
});
