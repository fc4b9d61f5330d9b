import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from './analyse.js';
import { createPool } from './pool.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = resolve(ROOT, 'demo/mini-2024.txt');
// The threads run the compiled worker; `npm test` builds dist/ before vitest runs.
const COMPILED = resolve(ROOT, 'dist/pipeline/pool.js');

describe('createPool from src/', () => {
  it('analyses in this thread, as there is no compiled worker beside it', async () => {
    const pool = createPool({ rulesVersion: 'test' });
    expect(pool.threads).toBe(0);
    const bytes = new Uint8Array(await readFile(DEMO));
    expect((await pool.analyse('mini.txt', bytes)).summary).toEqual((await analyseBytes('mini.txt', bytes)).summary);
    await pool.close();
    await expect(pool.analyse('mini.txt', bytes)).rejects.toThrow('分析已停止');
  });
});

// Starting threads that load the whole pipeline takes seconds on a busy machine.
describe.skipIf(!existsSync(COMPILED))('createPool on worker threads (dist/)', { timeout: 120_000 }, () => {
  const load = async () => (await import(pathToFileURL(COMPILED).href)) as typeof import('./pool.js');

  it('gives the same analysis as the main thread, for several files at once, by bytes and by path', async () => {
    const pool = (await load()).createPool({ threads: 2, rulesVersion: 'test' });
    try {
      expect(pool.threads).toBe(2);
      const bytes = new Uint8Array(await readFile(DEMO));
      const expected = await analyseBytes('mini.txt', bytes);
      const results = await Promise.all([...[1, 2, 3].map((i) => pool.analyse(`mini-${i}.txt`, bytes.slice())), pool.analyseFile(DEMO)]);
      for (const r of results) {
        expect(r.summary).toEqual(expected.summary);
        expect(r.disclosure.facts).toEqual(expected.disclosure.facts);
      }
      expect((await pool.extractFile(DEMO)).facts).toEqual(expected.disclosure.facts);
      expect((await pool.readLayout('mini.txt', bytes)).blocks.length).toBeGreaterThan(10);
    } finally {
      await pool.close();
    }
  });

  it("passes a user's file problem back as an input error with its code and Chinese message, and a missing file as the reader reports it", async () => {
    const pool = (await load()).createPool({ threads: 1, rulesVersion: 'test' });
    try {
      const error = await pool.analyse('空.txt', new Uint8Array()).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'InputError', code: 'empty-file', file: '空.txt' });
      expect((error as Error).message).toContain('空.txt');
      expect(await pool.analyseFile('/nonexistent/决算.txt').catch((e: unknown) => e)).toMatchObject({ name: 'InputError', file: '/nonexistent/决算.txt' });
      // The thread is still usable afterwards.
      const ok = await pool.analyse('mini.txt', new Uint8Array(await readFile(DEMO)));
      expect(ok.disclosure.facts.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('stops a task when its signal aborts, and rejects unfinished work when closed', async () => {
    const pool = (await load()).createPool({ threads: 1, rulesVersion: 'test' });
    const bytes = new Uint8Array(await readFile(DEMO));
    const controller = new AbortController();
    const aborted = pool.analyse('a.txt', bytes.slice(), { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(await aborted).toBeInstanceOf(Error);
    const first = pool.analyse('b.txt', bytes.slice()).catch((e: unknown) => e);
    const queued = pool.analyse('c.txt', bytes.slice()).catch((e: unknown) => e);
    await pool.close();
    expect(await queued).toBeInstanceOf(Error);
    expect(await first).toBeDefined();
  });

  // The read budget refuses what it can count; a parse that runs away or a file that needs more memory than its
  // counts foresaw is stopped by the thread's limits, and the next file gets a fresh thread.
  it('stops a task past its time limit or its thread heap limit with an over-limit error naming the limit, and goes on with a fresh thread', async () => {
    const pool = (await load()).createPool({ threads: 1, rulesVersion: 'test', limits: { heapMb: 48 } });
    try {
      const mini = new Uint8Array(await readFile(DEMO));
      const expected = (await analyseBytes('mini.txt', mini)).summary;
      // A hundred copies of the document take seconds to extract and audit, far past 50 ms.
      const slow = new TextEncoder().encode((await readFile(DEMO, 'utf8')).repeat(100));
      const late = await pool.analyse('慢.txt', slow, { seconds: 0.05 }).catch((e: unknown) => e);
      expect(late).toMatchObject({ name: 'LimitExceededError', code: 'over-limit', file: '慢.txt' });
      expect((late as Error).message).toContain('分析用时超过 0.05 秒的上限');
      expect((await pool.analyse('mini.txt', mini.slice())).summary).toEqual(expected);

      // 38 MB of text lines (inside the read budget) needs far more than a 48 MB heap once read into lines.
      const line = '支出功能分类科目编码 一般公共服务支出 行政运行 事业运行 '.repeat(6) + '\n';
      const big = await pool.analyse('大.txt', new TextEncoder().encode(line.repeat(80_000))).catch((e: unknown) => e);
      expect(big).toMatchObject({ name: 'LimitExceededError', code: 'over-limit', file: '大.txt' });
      expect((big as Error).message).toContain('分析所需内存超过 48 MB 的上限');
      expect((await pool.analyse('mini.txt', mini.slice())).summary).toEqual(expected);
    } finally {
      await pool.close();
    }
  });
});
