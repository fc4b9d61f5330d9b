// One unit of pool work (pool.ts), run on a worker thread or in this one. What comes back must survive structured
// cloning, which keeps neither error classes nor their codes: failures travel as plain data and are rebuilt.
import type { Analysis } from '../model/analysis.js';
import type { Disclosure } from '../model/disclosure.js';
import { InputError } from '../model/errors.js';
import type { Layout } from '../read/layout.js';

/**
 * The readers, the extractor and the rules, loaded by the thread that first runs a task: a process whose pool has
 * threads (the server, a worker, a batch) never loads them itself, which saves its start-up their time and memory.
 */
const pipeline = () => import('./analyse.js');

export type Task =
  | { kind: 'analyse-file'; file: string }
  | { kind: 'extract-file'; file: string }
  | { kind: 'analyse'; name: string; bytes: Uint8Array }
  | { kind: 'layout'; name: string; bytes: Uint8Array };

export interface TaskResults {
  'analyse-file': Analysis;
  'extract-file': Disclosure;
  analyse: Analysis;
  layout: Layout;
}

export type Reply<T = unknown> =
  | { ok: true; value: T }
  /** An InputError: the file's problem. */
  | { ok: false; input: { code: string; file: string; message: string } }
  /** Anything else; `code` is an operating-system error's code (ENOENT …) when there is one. */
  | { ok: false; internal: { message: string; stack?: string | undefined; code?: string | undefined } };

async function run(task: Task): Promise<TaskResults[Task['kind']]> {
  const { analyseBytes, analyseFile, extractFile, readLayout } = await pipeline();
  switch (task.kind) {
    case 'analyse-file':
      return analyseFile(task.file);
    case 'extract-file':
      return extractFile(task.file);
    case 'analyse':
      return analyseBytes(task.name, task.bytes);
    case 'layout':
      return readLayout(task.name, task.bytes);
  }
}

/** Runs a task; never rejects. */
export async function runTask(task: Task): Promise<Reply> {
  try {
    return { ok: true, value: await run(task) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, input: { code: e.code, file: e.file, message: e.message } };
    const code = (e as { code?: unknown } | null)?.code;
    return { ok: false, internal: { message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, code: typeof code === 'string' ? code : undefined } };
  }
}

/** The reply's value, or its failure thrown again as the error it was. */
export function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  if ('input' in reply) throw new InputError(reply.input.code, reply.input.file, reply.input.message);
  const error = Object.assign(new Error(reply.internal.message), reply.internal.code ? { code: reply.internal.code } : {});
  if (reply.internal.stack) error.stack = reply.internal.stack;
  throw error;
}
