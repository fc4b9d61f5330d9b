// The built CLI as a user runs it (needs `npm run build`; the test script builds first).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const built = existsSync('dist/cli/main.js');
const seeds = join('..', 'shared', 'seeds');
const seed = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('000_')) : undefined;

const juesuan = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/juesuan', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, JUESUAN_DEBUG: undefined },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const STACK_LINE = /^\s+at /m;

describe.skipIf(!built)('bin/juesuan (built)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const empty = join(dir, '空文件.txt');
  writeFileSync(empty, '');
  const noise = (name: string): string => {
    const file = join(dir, name);
    writeFileSync(file, randomBytes(4096));
    return file;
  };

  it.each([
    ['an empty file', empty],
    ['random bytes named .txt', noise('random.txt')],
    ['random bytes named .pdf', noise('random.pdf')],
    ['random bytes without a known extension', noise('random.bin')],
    ['a path that does not exist', join(dir, '不存在.txt')],
  ])('check on %s: status 2, a Chinese message naming the file, no stack, nothing on stdout', (_what, file) => {
    for (const args of [['check', file], ['check', file, '--json'], ['facts', file, '--json']]) {
      const r = juesuan(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });

  it.skipIf(process.platform !== 'linux')('started as a program (bin/juesuan serve), runs with its C library memory setting', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DATABASE_URL: '', JUESUAN_TOKEN: '' };
    delete env.MALLOC_TRIM_THRESHOLD_;
    const child = spawn('bin/juesuan', ['serve', '--port', '0', '--data', join(dir, 'data')], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise((done) => child.once('exit', done));
    try {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
      await new Promise<void>((listening, failed) => {
        child.stdout.on('data', () => out.includes('决算通已启动') && listening());
        child.once('exit', (code) => failed(new Error(`serve exited ${code}`)));
      });
      // The process that listens is node itself (env execs it), with the setting glibc read at its start.
      expect(readFileSync(`/proc/${child.pid}/comm`, 'utf8').trim()).toBe('node');
      expect(readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0')).toContain('MALLOC_TRIM_THRESHOLD_=1048576');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);

  it('prints Chinese usage for help (status 0) and for a wrong command line (status 2, stderr)', () => {
    const help = juesuan('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('juesuan check');
    expect(juesuan('help', 'facts').stdout).toContain('juesuan facts');
    for (const args of [[], ['frobnicate'], ['check'], ['check', 'x.txt', '--bogus']]) {
      const r = juesuan(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('用法');
    }
  });

  it('gives one JSON result per file for several inputs, in order, with progress on stderr and the worst status', () => {
    const missing = join(dir, 'missing.txt');
    const garbage = noise('garbage.txt');
    const r = juesuan('check', empty, missing, garbage, '--json');
    expect(r.status).toBe(2);
    const results = JSON.parse(r.stdout) as { file: string; ok: boolean; error?: { code: string; message: string } }[];
    expect(results.map((x) => [x.file, x.ok, x.error?.code])).toEqual([
      [empty, false, 'empty-file'],
      [missing, false, 'not-found'],
      [garbage, false, results[2]?.error?.code],
    ]);
    expect(results[1]?.error?.message).toBe(`找不到文件或目录：${missing}`);
    expect(results[2]?.error?.message).toContain(garbage);
    expect(r.stderr).toMatch(/^\[1\/2\] /m);
    expect(r.stderr).toMatch(/^\[2\/2\] /m);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('reads a directory recursively and prints a human report per file with a total line', () => {
    const r = juesuan('check', dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('无法处理');
    expect(r.stdout).toMatch(/共 \d+ 个文件：.*无法读取 \d+ 个/);
  });

  describe.skipIf(!seed)('on a real document (../shared/seeds)', () => {
    const file = join(seeds, seed ?? '');

    it('check --json prints { document, findings, summary } and exits 0 or 1 accordingly', () => {
      const r = juesuan('check', file, '--json');
      const out = JSON.parse(r.stdout) as { document: { department?: string }; findings: { severity: string }[]; summary: { errors: number } };
      expect(out.document.department).toBe('汾阳市医疗保障局');
      expect(Array.isArray(out.findings)).toBe(true);
      expect(r.status).toBe(out.findings.some((f) => f.severity === 'error') ? 1 : 0);
      expect(out.summary.errors).toBe(out.findings.filter((f) => f.severity === 'error').length);
    });

    it('check prints a Chinese report and facts --json prints { document, facts }', () => {
      const report = juesuan('check', file);
      expect(report.stdout).toContain('审核报告：汾阳市医疗保障局');
      expect(report.stdout).toMatch(/错误 \d+ 个、警告 \d+ 个、提示 \d+ 个；规则：通过 \d+ 条/);
      expect(report.stdout).not.toContain('\u001b[');
      const facts = juesuan('facts', file, '--json');
      expect(facts.status).toBe(0);
      const out = JSON.parse(facts.stdout) as { document: { year?: number }; facts: { table: string; value: string; source: unknown }[] };
      expect(out.document.year).toBe(2024);
      expect(out.facts.length).toBeGreaterThan(0);
      expect(out.facts[0]).toHaveProperty('source');
    });
  });
});
