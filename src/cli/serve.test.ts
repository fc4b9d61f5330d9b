// `juesuan serve` in process: opens a PGlite store in a temporary data directory, imports the demo documents,
// serves the API and the portal, and stops cleanly on SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../test/support/capture-io.js';
import { MINI_DISCLOSURE_PATH } from '../../test/support/mini-disclosure.js';
import { demoDocuments, serve } from './serve.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('juesuan serve', () => {
  it('finds demo documents: the shared corpus when present, else the bundled example', () => {
    const docs = demoDocuments();
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.some((d) => /readme\./i.test(d))).toBe(false);
    expect(demoDocuments('/nonexistent/root')).toEqual(['/nonexistent/root/demo/mini-2024.txt']);
  });

  it('serves the demo documents, prints the URL in Chinese, and stops on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'juesuan-serve-'));
    dirs.push(data);
    const { io, out, err } = captureIo();
    const running = serve(['--port', '0', '--data', data, '--demo'], io, {}, { demo: [MINI_DISCLOSURE_PATH, '/nonexistent/broken.txt'] });
    let url: string | undefined;
    for (let i = 0; i < 600 && !url; i++) {
      await new Promise((r) => setTimeout(r, 100));
      url = /决算通已启动：(http:\/\/\S+)/.exec(out.join(''))?.[1];
    }
    expect(url, err.join('')).toBeDefined();
    // The server listens first; the database opens, then the demo documents are imported, behind it.
    for (let i = 0; i < 600 && !err.join('').includes('示例文件：'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out.join('')).toContain('已有决算 0 份');
    const list = (await (await fetch(`${url}api/disclosures`)).json()) as { total: number };
    expect(list.total).toBe(1);
    expect(err.join('')).toContain('示例文件 broken.txt 未导入');
    expect(await (await fetch(url!)).text()).toContain('决算通');
    process.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(err.join('')).toContain('正在停止');
  }, 60_000);

  it('refuses bad arguments with usage and status 2', async () => {
    const { io, err } = captureIo();
    expect(await serve(['--port', 'abc'], io, {})).toBe(2);
    expect(err.join('')).toContain('端口「abc」无效');
    expect(await serve(['--bogus'], io, {})).toBe(2);
    const help = captureIo();
    expect(await serve(['--help'], help.io, {})).toBe(0);
    expect(help.out.join('')).toContain('用法：juesuan serve');
  });
});
