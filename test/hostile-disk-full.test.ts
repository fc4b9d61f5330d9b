// Issue 15's full disk under `juesuan serve` on an embedded store (its own process, as an administrator runs it).
// The data directory lives on a small tmpfs when this process may mount one (root, as in CI); otherwise every write
// PGlite makes under it fails with ENOSPC, as on a full file system (test/support/disk-full; forced with
// JUESUAN_TEST_DISK_SIMULATED=1). The run says which.
// Two ways to meet a full disk: the free-space check sees it (the usual case: refused before PGlite writes), and the
// disk fills right after the check (PGlite's own write fails; PGlite used to spin there for good, as this case
// shows when run without the database's thread, src/store/pglite-thread.ts). Either way every write answers 507 or
// 503 in our one error shape within seconds, `/` answers, the read API answers (200, or 503 while the database opens
// again), SIGTERM stops the server, once space is back the next upload goes through without a restart, everything
// acknowledged is kept, the store is consistent, no temporary file is left, the server's peak memory stays ≤ 1 GB,
// and each case takes ≤ 60 s.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statfsSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_BYTES } from './support/store-fixtures.js';
import { answer, built, encode, form, peakRssKb, scratchLeft, send, serve, type Answer, type Served } from './support/hostile/served.js';

const MAX_PEAK_RSS_KB = 1024 * 1024;
/** How long a write may take to be refused, and the server to recover once space is back (limits, not measurements). */
const ANSWER_WITHIN_MS = 15_000;
const RECOVER_WITHIN_MS = 45_000;
const TMPFS_MB = 96;
const PRELOAD = new URL('./support/disk-full/preload.mjs', import.meta.url).href;

const MINI_TEXT = new TextDecoder().decode(MINI_BYTES);
/** The mini disclosure with one error (支出决算表 合计: 70.00 + 31.00 ≠ 100.00), so that it has a finding to mark. */
const WITH_FINDING = new TextEncoder().encode(MINI_TEXT.replace(/^(合计\t\t100\.00\t70\.00\t)30\.00/m, '$131.00'));
/** A copy of the mini disclosure that is a new file (its own hash), so that storing it writes. */
const copy = (n: number) => new TextEncoder().encode(`${MINI_TEXT}\n附注：第 ${n} 份副本。\n`);

/**
 * Mounts a tmpfs of `mb` MB on `dir`; false when this process may not (not root, no mount), or when
 * JUESUAN_TEST_DISK_SIMULATED=1 asks for the simulation.
 */
function mountTmpfs(dir: string, mb: number): boolean {
  if (process.getuid?.() !== 0 || process.env.JUESUAN_TEST_DISK_SIMULATED === '1') return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes a file until the file system has no more than `leave` bytes free, or refuses: then the disk is full. */
function fill(path: string, leave = 0): void {
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(256 * 1024, 1);
  const free = () => statfsSync(path).bavail * statfsSync(path).bsize;
  try {
    while (free() > leave + chunk.length) writeSync(fd, chunk);
    if (leave === 0) for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

const isDatabaseFault = (a: Answer) =>
  (a.status === 507 && a.code === 'disk-full' && /磁盘空间已满/.test(a.message ?? '')) || (a.status === 503 && a.code === 'database-unavailable' && /数据库/.test(a.message ?? ''));

describe.skipIf(!built)('a full disk under juesuan serve (embedded store, its own process)', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'juesuan-disk-full-'));
  const disk = join(work, 'disk');
  const data = join(disk, 'data');
  const filler = join(disk, 'filler');
  const scratch = join(work, 'tmp');
  const control = join(work, 'disk.json');
  let mounted = false;
  let server: Served;
  let acknowledged: string[] = [];
  /** The first upload and one of its findings, for the write that marks a finding. */
  let first: { id: number; finding: string };
  let peakKb = 0;
  const figures: string[] = [];

  const setDisk = (view: { statfs: 'real' | 'plenty' | 'none'; writes: 'real' | 'enospc' }) => writeFileSync(control, JSON.stringify(view));
  /** The disk is full: really (tmpfs) or as PGlite sees it; `checked` = the free-space check sees it too. */
  const diskFull = (checked: boolean) => {
    if (mounted) fill(filler);
    setDisk({ statfs: checked ? (mounted ? 'real' : 'none') : 'plenty', writes: mounted ? 'real' : 'enospc' });
  };
  const diskFreed = () => {
    rmSync(filler, { force: true });
    setDisk({ statfs: 'plenty', writes: 'real' });
  };
  const start = () => serve(data, scratch, { nodeArgs: ['--import', PRELOAD], env: { JUESUAN_TEST_DISK: control } });
  const upload = async (name: string, bytes: Uint8Array) => answer(await send(`${server.url}api/disclosures`, await encode(form({ name, bytes }))));
  const timed = async <T>(work: Promise<T>) => {
    const t = performance.now();
    const result = await work;
    return { result, ms: performance.now() - t };
  };
  const json = async (method: string, path: string, body?: unknown) =>
    answer(await fetch(`${server.url}${path}`, { method, ...(body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}) }));
  const listed = async () => (await answer(await send(`${server.url}api/disclosures?versions=all&pageSize=100`))).body as { total: number; items: { fileName: string }[] };

  let copies = 0;
  /**
   * Every write path while the disk is full, and `/` and the read API meanwhile: each write answers within seconds,
   * refused as 507 or 503 in our error shape — or, a small write that still fits in what the database had written
   * ahead (a mark on a finding), stored and then kept like any acknowledged write.
   */
  async function writesWhileFull(label: string): Promise<void> {
    const review = `api/disclosures/${first.id}/findings/${encodeURIComponent(first.finding)}/review`;
    const name = `${label}-${++copies}.txt`;
    const writes: [string, () => Promise<Answer>, (a: Answer) => void][] = [
      ['upload', () => upload(name, copy(copies)), () => {}],
      ['mark a finding', () => json('PUT', review, { status: 'confirmed', comment: '磁盘满时标注', reviewer: '测试' }), (a) => a.status === 200 && acknowledged.push(`review:${first.finding}`)],
      ['re-audit', () => json('POST', 'api/reaudit?force=true'), () => {}],
    ];
    for (const [what, write, stored] of writes) {
      const { result, ms } = await timed(write());
      figures.push(`| ${label}: ${what} | ${result.status} ${result.code ?? ''} | ${ms.toFixed(0)} ms |`);
      expect(ms, `${label}: ${what} answered`).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
      if (what === 'upload' || !mounted || result.status !== 200) expect(isDatabaseFault(result), `${label}: ${what}: ${JSON.stringify(result.body)}`).toBe(true);
      stored(result);
      const page = await timed(send(server.url));
      expect(page.result.status).toBe(200);
      expect(page.ms).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
      const read = await answer(await send(`${server.url}api/disclosures`));
      expect(read.status === 200 || isDatabaseFault(read), JSON.stringify(read.body)).toBe(true);
    }
    peakKb = Math.max(peakKb, peakRssKb(server.process.pid!));
  }

  /** Uploads once a second until one is stored: the server recovers by itself, without a restart. */
  async function recovers(label: string): Promise<number> {
    const t = performance.now();
    const name = `${label}-${++copies}.txt`;
    for (;;) {
      const result = await upload(name, copy(copies));
      if (result.status === 201) break;
      expect(isDatabaseFault(result), JSON.stringify(result.body)).toBe(true);
      expect(performance.now() - t, `${label}: recovered`).toBeLessThanOrEqual(RECOVER_WITHIN_MS);
      await new Promise((r) => setTimeout(r, 1000));
    }
    acknowledged.push(name);
    return performance.now() - t;
  }

  /** Everything acknowledged is listed, and every listed disclosure opens. */
  async function consistent(): Promise<void> {
    const { items, total } = await listed();
    expect(total).toBe(items.length);
    const names = items.map((d) => d.fileName);
    for (const name of acknowledged.filter((a) => !a.startsWith('review:'))) expect(names).toContain(name);
    for (const d of items as unknown as { id: number }[]) expect((await send(`${server.url}api/disclosures/${d.id}`)).status).toBe(200);
    const marks = ((await json('GET', `api/disclosures/${first.id}/findings`)).body as { findings: { key: string; review: unknown }[] }).findings;
    for (const a of acknowledged.filter((x) => x.startsWith('review:'))) expect(marks.find((f) => `review:${f.key}` === a)?.review).toBeTruthy();
  }

  beforeAll(async () => {
    mkdirSync(disk);
    mkdirSync(scratch);
    mounted = mountTmpfs(disk, TMPFS_MB);
    console.log(mounted ? `disk full: a ${TMPFS_MB} MB tmpfs under the data directory` : 'disk full: simulated (no tmpfs could be mounted): PGlite writes under the data directory fail with ENOSPC');
    setDisk({ statfs: 'plenty', writes: 'real' });
    server = await start();
    const stored = await upload('决算.txt', WITH_FINDING);
    expect(stored.status).toBe(201);
    acknowledged = ['决算.txt'];
    const id = (stored.body as { id: number }).id;
    const { findings } = (await json('GET', `api/disclosures/${id}/findings`)).body as { findings: { key: string }[] };
    expect(findings.length, 'the first upload has a finding to mark').toBeGreaterThan(0);
    first = { id, finding: findings[0]!.key };
  }, 180_000);

  it('full as the free-space check sees it: writes refused at once, reads served; space freed, the next upload is stored', async () => {
    diskFull(true);
    await writesWhileFull('checked');
    diskFreed();
    figures.push(`| checked: space freed | 201 | stored after ${(await recovers('checked-freed')).toFixed(0)} ms |`);
    await consistent();
  });

  it('full right after the check (PGlite meets it): writes refused within seconds, the server answering; space freed, it recovers by itself', async () => {
    if (mounted) {
      // Less room than a WAL segment (16 MB) and the check blind: uploads are stored until the tables or the WAL's
      // next segment find the disk full. The WAL is where PGlite used to spin for good.
      fill(filler, 12 * 1024 * 1024);
      setDisk({ statfs: 'plenty', writes: 'real' });
      for (let n = 1; ; n++) {
        expect(n, 'the disk filled up').toBeLessThanOrEqual(300);
        const name = `filling-${n}.txt`;
        const { result, ms } = await timed(upload(name, copy(1000 + n)));
        if (result.status === 201) {
          acknowledged.push(name);
          continue;
        }
        figures.push(`| past the check: upload ${n}, ${(statfsSync(disk).bavail * statfsSync(disk).bsize / 1048576).toFixed(1)} MB free | ${result.status} ${result.code} | ${ms.toFixed(0)} ms |`);
        expect(isDatabaseFault(result), JSON.stringify(result.body)).toBe(true);
        expect(ms).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
        break;
      }
    }
    diskFull(false);
    await writesWhileFull('past the check');
    diskFreed();
    figures.push(`| past the check: space freed | 201 | stored after ${(await recovers('past-freed')).toFixed(0)} ms |`);
    await consistent();
  });

  it('SIGTERM stops it with the disk full; restarted once space is back, the store holds what was acknowledged, no temporary file; peak RSS ≤ 1 GB', async () => {
    diskFull(false);
    const refused = await upload('终止前.txt', copy(++copies));
    expect(isDatabaseFault(refused), JSON.stringify(refused.body)).toBe(true);
    peakKb = Math.max(peakKb, peakRssKb(server.process.pid!));
    const { result: status, ms } = await timed(server.stop());
    figures.push(`| SIGTERM with the disk full | exit ${status} | ${ms.toFixed(0)} ms |`);
    expect(ms).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
    expect(server.output()).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readdirSync(scratch), 'scratch space once the server is gone').toEqual([]);
    diskFreed();
    server = await start();
    await consistent();
    expect(readdirSync(join(data, 'pglite', 'pg_wal')).filter((f) => f.startsWith('xlogtemp')), 'PostgreSQL temporary files').toEqual([]);
    expect(scratchLeft(scratch, server.process.pid)).toEqual([]);
    figures.push(`| whole run | | server peak RSS (VmHWM) ${(peakKb / 1024).toFixed(0)} MB |`);
    expect(peakKb).toBeLessThanOrEqual(MAX_PEAK_RSS_KB);
  });

  afterAll(async () => {
    // A server that ignores SIGTERM (what this case guards against) must not keep the tmpfs busy.
    const killer = setTimeout(() => server?.process.kill('SIGKILL'), ANSWER_WITHIN_MS);
    await server?.stop();
    clearTimeout(killer);
    if (mounted) execFileSync('umount', [disk]);
    rmSync(work, { recursive: true, force: true });
    if (figures.length > 0) console.log(`| case | result | figures |\n|---|---|---|\n${figures.join('\n')}`);
  });
});
