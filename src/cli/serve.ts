// `juesuan serve [--port N] [--host H] [--data DIR] [--demo]`: the HTTP API and portal over the store (PGlite
// under ./data, or PostgreSQL when DATABASE_URL is set). Writes need JUESUAN_TOKEN when it is set.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { directIngester, type Ingester } from '../pipeline/ingest.js';
import { createPool } from '../pipeline/pool.js';
import type { JobQueue } from '../queue/job-queue.js';
import { refreshDashboard } from '../server/dashboard-summaries.js';
import { startServer, type RunningServer } from '../server/index.js';
import { startStore, type Store } from '../store/open.js';
import type { Io } from './command.js';
import { EXIT } from './exit.js';

const ROOT = resolve(import.meta.dirname, '../..');

export const SERVE_USAGE = `用法：juesuan serve [--port 端口] [--host 地址] [--data 目录] [--demo] [--no-reaudit] [--no-worker]
  启动决算通的 HTTP 接口和网页（默认 http://127.0.0.1:8080/）。
  --port N      监听端口（默认 8080；0 表示任选空闲端口）
  --host H      监听地址（默认 127.0.0.1，只供本机访问；对外服务用 0.0.0.0，此时必须设置 JUESUAN_TOKEN）
  --data DIR    数据目录（默认 ./data，内嵌数据库在 DIR/pglite）
  --demo        启动前导入示例文件（../shared 中的样例，没有时用内置的示例）
  --no-reaudit  规则更新后不在启动时自动重新审核（之后可用 POST /api/reaudit）
  --no-worker   （PostgreSQL）本进程不处理队列，上传的文件全部交给 juesuan worker
环境变量：
  DATABASE_URL  使用 PostgreSQL（postgres://用户:密码@主机/库）而不是内嵌数据库；此时上传和批量导入的文件经分析队列处理
                （与 juesuan enqueue / juesuan worker 同一个队列），本进程也作为一个工作进程
  JUESUAN_TOKEN 设置后，上传、删除和重新审核需要 Authorization: Bearer <令牌>
`;

/**
 * The demo documents: the seeds, samples and budget samples of ../shared when present (their README files are not
 * documents), otherwise the bundled example.
 */
export function demoDocuments(root = ROOT): string[] {
  const shared = resolve(root, '../shared');
  const found = ['seeds', 'samples', 'samples/budgets'].flatMap((dir) => {
    const path = join(shared, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((f) => !f.startsWith('.') && !/^readme\./i.test(f) && /\.(txt|md|pdf|docx|xlsx|xls|html?)$/i.test(f))
      .sort()
      .map((f) => join(path, f));
  });
  return found.length ? found : [join(root, 'demo', 'mini-2024.txt')];
}

/**
 * Imports the demo documents through the ingester (analysed on the pool's threads, or queued), in parallel, with
 * progress on stderr; documents already stored are not analysed again, and one that cannot be read is reported
 * and skipped.
 */
async function importDemo(ingester: Ingester, io: Io, files: readonly string[]): Promise<void> {
  let created = 0;
  let stored = 0;
  let done = 0;
  await Promise.all(
    files.map(async (file) => {
      const name = basename(file);
      let line: string;
      try {
        const result = await ingester.ingest({ name, bytes: new Uint8Array(await readFile(file)) });
        if (result.created) created++;
        stored++;
        line = result.created ? '已导入' : '已在库中';
      } catch (e) {
        line = `未导入：${e instanceof Error ? e.message : String(e)}`;
      }
      io.err(`  [${++done}/${files.length}] 示例文件 ${name} ${line}\n`);
    }),
  );
  io.err(`示例文件：${stored} 份已在库中（本次新增 ${created} 份）\n`);
}

interface ServeArgs {
  port: number;
  host: string;
  data: string;
  demo: boolean;
  reaudit: boolean;
  worker: boolean;
  help: boolean;
}

function parse(argv: readonly string[]): ServeArgs | string {
  let values: { port?: string; host?: string; data?: string; demo?: boolean; 'no-reaudit'?: boolean; 'no-worker'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        demo: { type: 'boolean' },
        'no-reaudit': { type: 'boolean' },
        'no-worker': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    return `参数有误：${e instanceof Error ? e.message : String(e)}`;
  }
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `端口「${values.port}」无效：应为 0–65535 的整数。`;
  return {
    port,
    host: values.host ?? '127.0.0.1',
    data: values.data ?? 'data',
    demo: values.demo ?? false,
    reaudit: !values['no-reaudit'],
    worker: !values['no-worker'],
    help: values.help ?? false,
  };
}

export interface ServeOverrides {
  /** The documents --demo imports (tests use a small one). */
  demo?: readonly string[];
}

/** `juesuan serve …` from the command line. */
export const run = (argv: readonly string[], io: Io): Promise<number> => serve(argv, io);

/** Runs until SIGINT/SIGTERM; then closes the server and the store. */
export async function serve(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env, overrides: ServeOverrides = {}): Promise<number> {
  const args = parse(argv);
  if (typeof args === 'string') {
    io.err(`juesuan serve：${args}\n\n${SERVE_USAGE}`);
    return EXIT.input;
  }
  if (args.help) {
    await io.out(SERVE_USAGE);
    return EXIT.ok;
  }

  // The database opens behind the server: a new embedded one takes seconds, and the portal answers meanwhile.
  let store: Store;
  try {
    store = startStore({ databaseUrl: env.DATABASE_URL, dataDir: args.data });
  } catch (e) {
    io.err(`juesuan serve：无法打开数据库：${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  }
  const cannotOpen = (e: unknown) => io.err(`juesuan serve：无法打开数据库：${e instanceof Error ? e.message : String(e)}\n`);
  const analyser = createPool({ threads: Math.min(4, availableParallelism()) });
  const token = env.JUESUAN_TOKEN || undefined;
  let queue: JobQueue | undefined;
  const stopWorker = new AbortController();
  let worker: Promise<void> | undefined;
  try {
    let ingester: Ingester = directIngester(store.repo, analyser);
    if (store.driver === 'postgres') {
      // The queue (pg-boss) only with PostgreSQL: the embedded store's server does not load it. It needs the
      // database at once, which a PostgreSQL server opens in moments.
      try {
        await store.ready;
      } catch (e) {
        cannotOpen(e);
        return EXIT.input;
      }
      const [{ openQueue }, { runWorker }, { queuedIngester }] = await Promise.all([import('./queue-connection.js'), import('../queue/worker.js'), import('../queue/ingest.js')]);
      try {
        queue = await openQueue(env, { supervise: args.worker, onError: (e) => io.err(`队列维护出错：${e.message}\n`) });
      } catch (e) {
        io.err(`juesuan serve：无法打开分析队列：${e instanceof Error ? e.message : String(e)}\n`);
        return EXIT.input;
      }
      if (args.worker) {
        worker = runWorker({ repo: store.repo, queue, analyser, concurrency: analyser.threads || 1, signal: stopWorker.signal }).catch((e: unknown) =>
          io.err(`队列工作出错，已停止处理队列：${e instanceof Error ? e.message : String(e)}\n`),
        );
      }
      ingester = queuedIngester(store.repo, queue);
    }
    let server;
    try {
      const open = queue;
      const jobs = open ? () => open.progress() : undefined;
      server = await startServer({ store, analyser, port: args.port, host: args.host, token, ingester, jobs });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === 'EADDRINUSE' ? `端口 ${args.port} 已被占用，请用 --port 指定其他端口` : code === 'EACCES' ? `没有权限监听端口 ${args.port}` : e instanceof Error ? e.message : String(e);
      io.err(`juesuan serve：无法启动：${reason}。\n`);
      return EXIT.input;
    }
    await io.out(
      [
        `决算通已启动：${server.url}`,
        `接口说明：${server.url}api/openapi.json`,
        ...(queue ? [`上传和批量导入经分析队列处理${args.worker ? '（本进程也处理队列）' : '（由 juesuan worker 处理）'}；进度：juesuan jobs`] : []),
        token ? '写入（上传、删除、重新审核）需要访问令牌（JUESUAN_TOKEN）' : '未设置 JUESUAN_TOKEN：只供本机访问；写入只接受决算通自己页面发出的请求',
        '按 Ctrl+C 停止。',
        '',
      ].join('\n'),
    );
    const running = server;
    void store.ready.then(
      async () => {
        try {
          const stats = await store.repo.stats();
          await io.out(`数据：${store.driver === 'postgres' ? 'PostgreSQL' : 'PGlite'}（${store.location}），已有决算 ${stats.disclosures} 份\n`);
          if (args.demo) await importDemo(ingester, io, overrides.demo ?? demoDocuments());
          // What was stored while no server ran (a batch import, an upgraded store) is summarised before the first view.
          await refreshDashboard(store.repo);
          await reauditStale(store, running, analyser.rulesVersion, args.reaudit, io);
        } catch (e) {
          io.err(`juesuan serve：${e instanceof Error ? e.message : String(e)}\n`);
        }
      },
      () => {},
    );

    // Until stopped, or until the database turns out not to open.
    const failed = await new Promise<boolean>((resolveStop) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        // A second Ctrl+C while stopping ends the process at once.
        process.once('SIGINT', () => process.exit(130));
        resolveStop(false);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      store.ready.catch((e: unknown) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        cannotOpen(e);
        resolveStop(true);
      });
    });
    if (!failed) io.err('正在停止…\n');
    await server.close();
    return failed ? EXIT.input : EXIT.ok;
  } finally {
    stopWorker.abort();
    await worker;
    await queue?.close().catch(() => {});
    await analyser.close();
    await store.close();
  }
}

/** Re-audits, in the background, what was audited under older rules (unless --no-reaudit). */
async function reauditStale(store: Store, server: RunningServer, rulesVersion: string, reaudit: boolean, io: Io): Promise<void> {
  const stale = await store.repo.staleCount(rulesVersion);
  if (stale === 0) return;
  if (!reaudit) {
    io.err(`规则已更新（${rulesVersion}）：${stale} 份决算按旧规则审核，未自动重新审核（可用 POST /api/reaudit）\n`);
    return;
  }
  io.err(`规则已更新（${rulesVersion}）：正在后台重新审核 ${stale} 份决算…\n`);
  server.reauditor
    .run(false)
    .then((r) =>
      io.err(
        r.stopped
          ? `重新审核已中止：已更新 ${r.updated} 份，其余下次启动时继续\n`
          : `重新审核完成：更新 ${r.updated} 份${r.failed.length ? `，${r.failed.length} 份失败（保留原结果）` : ''}\n`,
      ),
    )
    .catch((e: unknown) => io.err(`重新审核出错：${e instanceof Error ? e.message : String(e)}\n`));
}
