// What `enqueue`, `worker`, `jobs` and `serve` share to reach the job queue: DATABASE_URL, and the job timeout
// (JUESUAN_JOB_TIMEOUT, seconds) that decides when a job whose worker vanished is tried again.
import { JobQueue, type QueueOptions } from '../queue/job-queue.js';

export const QUEUE_ENV_HELP = `环境变量：
  DATABASE_URL         PostgreSQL 连接串（必需）：队列、文件和结果都在这个数据库中，各台机器用同一个
  JUESUAN_JOB_TIMEOUT  一份文件最长处理时间（秒，默认 600）：处理中的工作进程消失后，超过这个时间由其他工作进程重做`;

export function missingDatabase(command: string): string {
  return `juesuan ${command}：没有设置 DATABASE_URL。队列需要 PostgreSQL：请设置 DATABASE_URL=postgres://用户:密码@主机/库。\n`;
}

/** The job timeout from the environment; undefined when unset, an error message when invalid. */
export function jobTimeout(env: NodeJS.ProcessEnv): number | undefined | string {
  const raw = env.JUESUAN_JOB_TIMEOUT;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2 && n <= 86_400 ? n : `JUESUAN_JOB_TIMEOUT「${raw}」无效：应为 2–86400 的整数（秒）。`;
}

export async function openQueue(env: NodeJS.ProcessEnv, options: Omit<QueueOptions, 'databaseUrl' | 'jobTimeoutSeconds'>): Promise<JobQueue> {
  const timeout = jobTimeout(env);
  if (typeof timeout === 'string') throw new Error(timeout);
  return JobQueue.open({ databaseUrl: env.DATABASE_URL!, jobTimeoutSeconds: timeout, schema: env.JUESUAN_QUEUE_SCHEMA || undefined, ...options });
}
