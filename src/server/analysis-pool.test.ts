import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from './analyser.js';
import { threadedAnalyser } from './analysis-pool.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = resolve(ROOT, 'demo/mini-2024.txt');
// The threads run the compiled worker; `npm test` builds dist/ before vitest runs.
const COMPILED = resolve(ROOT, 'dist/server/analysis-pool.js');

describe('threadedAnalyser from src/', () => {
  it('analyses in this thread, as there is no compiled worker beside it', async () => {
    const analyser = threadedAnalyser({ rulesVersion: 'test' });
    expect(analyser.threads).toBe(0);
    const bytes = new Uint8Array(await readFile(DEMO));
    expect((await analyser.analyse('mini.txt', bytes)).summary).toEqual((await analyseBytes('mini.txt', bytes)).summary);
    await analyser.close();
  });
});

describe.skipIf(!existsSync(COMPILED))('threadedAnalyser on worker threads (dist/)', () => {
  const load = async () => (await import(pathToFileURL(COMPILED).href)) as typeof import('./analysis-pool.js');

  it('gives the same analysis as the main thread, for several files at once', async () => {
    const { threadedAnalyser: compiled } = await load();
    const analyser = compiled({ threads: 2, rulesVersion: 'test' });
    try {
      expect(analyser.threads).toBe(2);
      const bytes = new Uint8Array(await readFile(DEMO));
      const expected = await analyseBytes('mini.txt', bytes);
      const results = await Promise.all([1, 2, 3].map((i) => analyser.analyse(`mini-${i}.txt`, bytes.slice())));
      for (const r of results) {
        expect(r.summary).toEqual(expected.summary);
        expect(r.disclosure.facts).toHaveLength(expected.disclosure.facts.length);
      }
    } finally {
      await analyser.close();
    }
  });

  it('reads only the layout on a thread, for the source viewer', async () => {
    const { threadedAnalyser: compiled } = await load();
    const analyser = compiled({ threads: 1, rulesVersion: 'test' });
    try {
      const layout = await analyser.readLayout('mini.txt', new Uint8Array(await readFile(DEMO)));
      expect(layout.blocks.length).toBeGreaterThan(10);
    } finally {
      await analyser.close();
    }
  });

  it("passes a user's file problem back as an input error with its code and Chinese message", async () => {
    const { threadedAnalyser: compiled } = await load();
    const analyser = compiled({ threads: 1, rulesVersion: 'test' });
    try {
      const error = await analyser.analyse('空.txt', new Uint8Array()).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'InputError', code: 'empty-file', file: '空.txt' });
      expect((error as Error).message).toContain('空.txt');
      // The lane is still usable afterwards.
      const ok = await analyser.analyse('mini.txt', new Uint8Array(await readFile(DEMO)));
      expect(ok.disclosure.facts.length).toBeGreaterThan(0);
    } finally {
      await analyser.close();
    }
  });

  it('rejects queued work when closed', async () => {
    const { threadedAnalyser: compiled } = await load();
    const analyser = compiled({ threads: 1, rulesVersion: 'test' });
    const bytes = new Uint8Array(await readFile(DEMO));
    const first = analyser.analyse('a.txt', bytes.slice()).catch((e: unknown) => e);
    const queued = analyser.analyse('b.txt', bytes.slice()).catch((e: unknown) => e);
    await analyser.close();
    expect(await queued).toBeInstanceOf(Error);
    expect(await first).toBeInstanceOf(Error);
  });
});
