// Analysis off the main thread: reading a large PDF or OCR-ing a scan takes seconds of CPU, during which the
// server must go on answering. Uploads and re-audits are queued to a few worker threads; from src/ (tests, where
// no compiled worker exists) the pool falls back to analysing in this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import { readBytes } from '../read/index.js';
import type { Layout } from '../read/layout.js';
import type { AnalysedDocument } from '../store/repository.js';
import { analyseBytes, currentRulesVersion, type Analyser } from './analyser.js';

export interface PoolRequest {
  id: number;
  /** analyse: the whole pipeline; layout: only the reader (the source viewer re-reads stored originals). */
  kind: 'analyse' | 'layout';
  name: string;
  bytes: Uint8Array;
}

export type PoolReply =
  | { id: number; ok: true; result: AnalysedDocument | Layout }
  | { id: number; ok: false; input: { code: string; file: string; message: string } }
  | { id: number; ok: false; internal: string };

const WORKER = new URL('./analysis-worker.js', import.meta.url);

interface Pending {
  resolve: (a: AnalysedDocument | Layout) => void;
  reject: (e: unknown) => void;
}

/** One worker thread, one analysis at a time; replaced when it dies. */
class Lane {
  #worker: Worker | undefined;
  #pending = new Map<number, Pending>();
  busy = false;

  run(request: PoolRequest): Promise<AnalysedDocument | Layout> {
    const worker = (this.#worker ??= this.#spawn());
    this.busy = true;
    return new Promise<AnalysedDocument | Layout>((resolve, reject) => {
      this.#pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    }).finally(() => (this.busy = false));
  }

  #spawn(): Worker {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: PoolReply) => {
      const p = this.#pending.get(reply.id);
      if (!p) return;
      this.#pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else if ('input' in reply) p.reject(new InputError(reply.input.code, reply.input.file, reply.input.message));
      else p.reject(new Error(reply.internal));
    });
    const die = (e: unknown): void => {
      this.#worker = undefined;
      void worker.terminate();
      for (const p of this.#pending.values()) p.reject(e instanceof Error ? e : new Error(String(e)));
      this.#pending.clear();
    };
    worker.on('error', die);
    worker.on('exit', (code) => {
      if (this.#worker === worker) die(new Error(`分析线程意外退出，退出码 ${code}`));
    });
    return worker;
  }

  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = undefined;
    for (const p of this.#pending.values()) p.reject(new Error('服务器正在停止，分析已取消'));
    this.#pending.clear();
    await w?.terminate();
  }
}

export interface ThreadedAnalyser extends Analyser {
  /** Worker threads in use (0 when analysing in this thread). */
  readonly threads: number;
  /** Only the reader, on the same threads: a scanned PDF's layout can take minutes of OCR. */
  readLayout(name: string, bytes: Uint8Array): Promise<Layout>;
  close(): Promise<void>;
}

/** An Analyser that runs the pipeline on `threads` worker threads (default: the available cores, at most 4). */
export function threadedAnalyser(options: { threads?: number; rulesVersion?: string } = {}): ThreadedAnalyser {
  const rulesVersion = options.rulesVersion ?? currentRulesVersion();
  if (!existsSync(fileURLToPath(WORKER))) {
    return { rulesVersion, threads: 0, analyse: analyseBytes, readLayout: readBytes, close: () => Promise.resolve() };
  }
  const lanes = Array.from({ length: Math.max(1, options.threads ?? Math.min(4, availableParallelism())) }, () => new Lane());
  const queue: { request: PoolRequest; settle: Pending }[] = [];
  let nextId = 1;
  const submit = (kind: PoolRequest['kind'], name: string, bytes: Uint8Array): Promise<AnalysedDocument | Layout> =>
    new Promise((resolve, reject) => {
      queue.push({ request: { id: nextId++, kind, name, bytes }, settle: { resolve, reject } });
      pump();
    });
  const pump = (): void => {
    for (const lane of lanes) {
      if (lane.busy || queue.length === 0) continue;
      const { request, settle } = queue.shift()!;
      lane
        .run(request)
        .then(settle.resolve, settle.reject)
        .finally(pump);
    }
  };
  return {
    rulesVersion,
    threads: lanes.length,
    analyse: (name, bytes) => submit('analyse', name, bytes) as Promise<AnalysedDocument>,
    readLayout: (name, bytes) => submit('layout', name, bytes) as Promise<Layout>,
    close: async () => {
      for (const { settle } of queue.splice(0)) settle.reject(new Error('服务器正在停止，分析已取消'));
      await Promise.all(lanes.map((l) => l.close()));
    },
  };
}
