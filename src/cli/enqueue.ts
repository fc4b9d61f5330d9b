// `juesuan enqueue <files or dirs>…`: stores each file by its content hash and queues it once for the workers.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { enqueueFile, type EnqueueOutcome } from '../queue/enqueue.js';
import { openStore } from '../store/open.js';
import type { Io } from './command.js';
import { describeError, errorText } from './errors.js';
import { EXIT } from './exit.js';
import { resolveInputs } from './inputs.js';
import { missingDatabase, openQueue, QUEUE_ENV_HELP } from './queue-connection.js';

export const ENQUEUE_USAGE = `用法：juesuan enqueue <文件或目录>… [--retry-failed] [--json]
  把文件存入数据库（按内容哈希，同一文件只存一次）并排入分析队列，由 juesuan worker 处理。
  已分析过的文件、已在队列中的文件不会重复排队；三次处理失败而被搁置的文件，加 --retry-failed 才重新排队。
  目录会被递归查找（与 juesuan check 相同的扩展名）。进度用 juesuan jobs 查看。
  --retry-failed  重新排入被搁置的文件
  --json          输出每个文件的结果 { file, sha256, outcome }
${QUEUE_ENV_HELP}
  退出状态：0 全部已排队或已在库中；2 有文件无法读取、用法有误或无法连接数据库。
`;

const LABELS: Record<EnqueueOutcome, string> = { queued: '已排队', stored: '已在库中', pending: '已在队列中', parked: '已搁置（三次失败；加 --retry-failed 重新排队）' };

export async function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { 'retry-failed'?: boolean; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { 'retry-failed': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    io.err(`juesuan enqueue：参数有误：${e instanceof Error ? e.message : String(e)}\n\n${ENQUEUE_USAGE}`);
    return EXIT.input;
  }
  if (values.help) {
    await io.out(ENQUEUE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    io.err(`juesuan enqueue：需要至少一个文件或目录。\n\n${ENQUEUE_USAGE}`);
    return EXIT.input;
  }
  if (!env.DATABASE_URL) {
    io.err(missingDatabase('enqueue'));
    return EXIT.input;
  }
  const { inputs } = await resolveInputs(positionals);
  let store;
  let queue;
  try {
    store = await openStore({ databaseUrl: env.DATABASE_URL, poolSize: 2 });
    queue = await openQueue(env, {});
  } catch (e) {
    await store?.close();
    io.err(`juesuan enqueue：无法连接数据库：${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.input;
  }
  const results: { file: string; sha256?: string; outcome: EnqueueOutcome | 'error'; error?: string }[] = [];
  const counts = new Map<string, number>();
  try {
    for (const [i, input] of inputs.entries()) {
      let result: (typeof results)[number];
      if (input.error) {
        result = { file: input.file, outcome: 'error', error: input.error.message };
      } else {
        try {
          const bytes = new Uint8Array(await readFile(input.file));
          result = { file: input.file, ...(await enqueueFile(store.repo, queue, { name: basename(input.file), bytes }, { retryParked: values['retry-failed'] ?? false })) };
        } catch (e) {
          const info = describeError(e, input.file);
          if (info.exitCode === EXIT.internal) {
            io.err(errorText(info));
            return EXIT.internal;
          }
          result = { file: input.file, outcome: 'error', error: info.message };
        }
      }
      results.push(result);
      const label = result.outcome === 'error' ? '无法读取' : LABELS[result.outcome].replace(/（.*/, '');
      counts.set(label, (counts.get(label) ?? 0) + 1);
      if (inputs.length > 1 || !values.json) io.err(`[${i + 1}/${inputs.length}] ${input.file} … ${result.outcome === 'error' ? result.error : LABELS[result.outcome]}\n`);
    }
  } finally {
    await queue.close();
    await store.close();
  }
  if (values.json) await io.out(`${JSON.stringify(results, null, 2)}\n`);
  else await io.out(`共 ${results.length} 个文件：${[...counts].map(([label, n]) => `${label} ${n} 个`).join('、')}\n`);
  return results.some((r) => r.outcome === 'error') ? EXIT.input : EXIT.ok;
}
