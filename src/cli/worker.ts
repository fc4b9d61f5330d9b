// `juesuan worker`: a stateless queue worker. Start any number, on any machines, with the same DATABASE_URL.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createPool } from '../pipeline/pool.js';
import { runWorker, type WorkerEvent } from '../queue/worker.js';
import { storeFault } from '../store/faults.js';
import { openStore } from '../store/open.js';
import type { Io } from './command.js';
import { EXIT } from './exit.js';
import { missingDatabase, openQueue, QUEUE_ENV_HELP } from './queue-connection.js';
import { withReconnect } from '../queue/reconnect.js';

export const WORKER_USAGE = `用法：juesuan worker [--threads N]
  从队列中取文件分析（读取、抽取、审核）并把结果存入数据库，直到按 Ctrl+C 或收到 SIGTERM（处理完手头的文件再退出）。
  不保存任何自己的状态：可以在多台机器上各启动一个或多个，使用同一个 DATABASE_URL。
  工作进程中途被杀死时，它手头的文件在超时后由其他工作进程重做；同一文件的结果只存一次。
  一份文件失败三次后被搁置并记下原因（juesuan jobs 可以看到）；读取器判定文件本身有问题（不是决算、空文件、
  已损坏或加密）时立即搁置，因为重试结果相同。数据库重启时自动重连。
  --threads N   同时分析的文件数（工作线程数，默认等于 CPU 核数）
${QUEUE_ENV_HELP}
`;

const time = () => new Date().toTimeString().slice(0, 8);
const short = (sha: string) => sha.slice(0, 8);

function describe(e: WorkerEvent): string {
  switch (e.kind) {
    case 'start':
      return `开始 ${e.job.name}（${short(e.job.sha256)}，第 ${e.job.attempt} 次）`;
    case 'done':
      return `完成 ${e.job.name} → 决算 #${e.id}${e.created ? '' : '（已在库中）'}，${(e.ms / 1000).toFixed(1)} 秒`;
    case 'failed':
      return `失败 ${e.job.name}：${e.error.message}${e.parked ? '（已搁置）' : '（稍后重试）'}`;
    case 'connection-lost':
      return `${storeFault(e.error) === 'disk-full' ? '数据库磁盘已满' : '数据库连接中断'}（${e.error instanceof Error ? e.error.message : String(e.error)}），等待恢复…`;
    case 'connection-back':
      return '数据库已恢复';
  }
}

export async function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { threads?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { threads: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true }));
  } catch (e) {
    io.err(`juesuan worker：参数有误：${e instanceof Error ? e.message : String(e)}\n\n${WORKER_USAGE}`);
    return EXIT.input;
  }
  if (values.help) {
    await io.out(WORKER_USAGE);
    return EXIT.ok;
  }
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
    io.err(`juesuan worker：--threads「${values.threads}」无效：应为 1–64 的整数。\n`);
    return EXIT.input;
  }
  if (!env.DATABASE_URL) {
    io.err(missingDatabase('worker'));
    return EXIT.input;
  }

  const controller = new AbortController();
  const stop = () => {
    if (!controller.signal.aborted) io.err(`[${time()}] 正在停止：处理完手头的文件后退出（再按一次 Ctrl+C 立即退出）\n`);
    else process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let lastError = 0;
  const onError = (e: Error) => {
    // pg-boss's maintenance reports each failed attempt while the database is away: once a minute is enough.
    if (Date.now() - lastError > 60_000) io.err(`[${time()}] 队列维护出错（${e.message}），继续重试\n`);
    lastError = Date.now();
  };
  // The database may be restarting when the worker starts: wait for it, as for a restart mid-run.
  const reconnect = { signal: controller.signal, onLost: (e: unknown) => io.err(`[${time()}] 无法连接数据库（${e instanceof Error ? e.message : String(e)}），等待中…\n`) };
  let store;
  let queue;
  try {
    store = await withReconnect(() => openStore({ databaseUrl: env.DATABASE_URL, poolSize: threads + 2 }), reconnect);
    queue = await withReconnect(() => openQueue(env, { supervise: true, onError }), reconnect);
  } catch (e) {
    await store?.close();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    if (controller.signal.aborted) return EXIT.ok;
    io.err(`juesuan worker：无法连接数据库：${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  }
  const pool = createPool({ threads });
  io.err(`[${time()}] 工作进程已启动：${threads} 个线程，规则版本 ${pool.rulesVersion}\n`);
  try {
    await runWorker({ repo: store.repo, queue, analyser: pool, concurrency: threads, signal: controller.signal, onEvent: (e) => io.err(`[${time()}] ${describe(e)}\n`) });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await pool.close();
    await queue.close().catch(() => {});
    await store.close().catch(() => {});
  }
  io.err(`[${time()}] 工作进程已停止\n`);
  return EXIT.ok;
}
