// Issue 15's hostile-input suite: every case is run through `juesuan check` as its own process, as a user would,
// and held to the budget the product promises: a clear Chinese message naming the file, the input exit status, no
// stack trace, peak memory ≤ 1 GB, ≤ 60 s, and no scratch file left behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCases } from './support/hostile/cases.js';
import { corpusDocument, hasShared } from './support/shared-corpus.js';

const CLI = resolve(import.meta.dirname, 'support/hostile/measured-cli.mjs');
const built = existsSync(resolve(import.meta.dirname, '../dist/cli/main.js'));
const MAX_RSS_KB = 1024 * 1024;
const MAX_WALL_MS = 60_000;

const work = mkdtempSync(join(tmpdir(), 'juesuan-hostile-'));
/** Each case's figures, printed after the run for BENCHMARKS.md. */
const figures: string[] = [];
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (figures.length > 0) console.log(`| case | exit | peak RSS | time |\n|---|---|---|---|\n${figures.join('\n')}`);
});

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  measured?: { status: number; maxRssKb: number; wallMs: number };
  scratch: string[];
}

/** Runs `juesuan check <file>` in a process of its own, with a scratch folder of its own to look into afterwards. */
async function check(file: string): Promise<Outcome> {
  const scratch = mkdtempSync(join(work, 'tmp-'));
  const measure = join(work, `measure-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const child = spawn(process.execPath, [CLI, 'check', file], { env: { ...process.env, TMPDIR: scratch, JUESUAN_MEASURE: measure, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), MAX_WALL_MS * 2);
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(killer);
  const measured = existsSync(measure) ? (JSON.parse(readFileSync(measure, 'utf8')) as Outcome['measured']) : undefined;
  return { status, stdout, stderr, measured, scratch: readdirSync(scratch, { recursive: true }).map(String) };
}

describe.skipIf(!built)('hostile input through juesuan check: refused cleanly, within budget, nothing left behind', () => {
  const cases = hostileCases(hasShared ? corpusDocument('putuo-ghzyj-2024-final') : undefined);
  for (const c of cases) {
    it(c.name, async () => {
      const path = join(work, c.file);
      await c.write(path);
      const outcome = await check(path);
      const output = outcome.stdout + outcome.stderr;
      if (outcome.measured) figures.push(`| ${c.name} | ${outcome.status} | ${Math.round(outcome.measured.maxRssKb / 1024)} MB | ${(outcome.measured.wallMs / 1000).toFixed(1)} s |`);
      expect(outcome.status, output).toBe(c.status);
      expect(output).toMatch(c.message);
      if (c.status === 2) expect(outcome.stderr, output).toContain(c.file);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace for a user's file
      if (c.never) expect(output).not.toMatch(c.never);
      expect(outcome.measured, 'the process wrote its measurements').toBeDefined();
      expect(outcome.measured!.maxRssKb, `peak RSS ${Math.round(outcome.measured!.maxRssKb / 1024)} MB`).toBeLessThanOrEqual(MAX_RSS_KB);
      expect(outcome.measured!.wallMs, `${outcome.measured!.wallMs} ms`).toBeLessThanOrEqual(MAX_WALL_MS);
      expect(outcome.scratch, 'scratch files left behind').toEqual([]);
      rmSync(path, { force: true });
    }, 180_000);
  }

  it('a folder without documents: the message goes to standard error, status 2', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const outcome = await check(empty);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/empty-/);
  });
});
