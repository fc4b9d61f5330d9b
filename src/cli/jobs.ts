// `juesuan jobs [--watch] [--json]`: the queue's progress — done, parked, queued, running — with rates.
import { parseArgs } from 'node:util';
import type { Progress } from '../queue/job-queue.js';
import { sleep } from '../queue/reconnect.js';
import type { Io } from './command.js';
import { EXIT } from './exit.js';
import { missingDatabase, openQueue, QUEUE_ENV_HELP } from './queue-connection.js';

export const JOBS_USAGE = `用法：juesuan jobs [--watch] [--json]
  显示分析队列的进度：已完成、已搁置（失败三次）、排队中、处理中、等待重试，以及最近 1 分钟和 10 分钟的处理速度；
  列出最近被搁置的文件及原因。
  --watch   每 2 秒刷新一次，直到按 Ctrl+C
  --json    输出 JSON
${QUEUE_ENV_HELP}
`;

/** The progress in a few Chinese lines. */
export function progressText(p: Progress): string {
  const total = p.done + p.failed + p.queued + p.active + p.retrying;
  const left = p.queued + p.active + p.retrying;
  const rate = p.perMinute.last1 || p.perMinute.last10;
  const eta = left > 0 && rate > 0 ? `，预计还需 ${Math.ceil(left / rate)} 分钟` : '';
  return [
    `队列：共 ${total} 份，已完成 ${p.done}，已搁置 ${p.failed}，排队 ${p.queued}，处理中 ${p.active}，等待重试 ${p.retrying}`,
    `速度：最近 1 分钟 ${p.perMinute.last1} 份/分钟，最近 10 分钟平均 ${p.perMinute.last10.toFixed(1)} 份/分钟${eta}`,
    ...(p.parked.length ? ['最近搁置：', ...p.parked.map((x) => `  ${x.name}（${x.sha256.slice(0, 8)}）：${x.error.message}`)] : []),
    '',
  ].join('\n');
}

export async function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { watch?: boolean; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { watch: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true }));
  } catch (e) {
    io.err(`juesuan jobs：参数有误：${e instanceof Error ? e.message : String(e)}\n\n${JOBS_USAGE}`);
    return EXIT.input;
  }
  if (values.help) {
    await io.out(JOBS_USAGE);
    return EXIT.ok;
  }
  if (!env.DATABASE_URL) {
    io.err(missingDatabase('jobs'));
    return EXIT.input;
  }
  let queue;
  try {
    queue = await openQueue(env, {});
  } catch (e) {
    io.err(`juesuan jobs：无法连接数据库：${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    do {
      const progress = await queue.progress();
      if (values.json) await io.out(`${JSON.stringify(progress)}\n`);
      else await io.out(`${values.watch ? `[${new Date().toTimeString().slice(0, 8)}] ` : ''}${progressText(progress)}`);
      if (values.watch) await sleep(2000, controller.signal);
    } while (values.watch && !controller.signal.aborted);
  } finally {
    process.off('SIGINT', stop);
    await queue.close();
  }
  return EXIT.ok;
}
