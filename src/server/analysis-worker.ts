// Worker-thread entry of the server's analysis pool (analysis-pool.ts): bytes in, analysis or a plain error out.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import { readBytes } from '../read/index.js';
import type { Layout } from '../read/layout.js';
import type { AnalysedDocument } from '../store/repository.js';
import { analyseBytes } from './analyser.js';
import type { PoolReply, PoolRequest } from './analysis-pool.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs only as a worker thread of the juesuan server');
port.on('message', ({ id, kind, name, bytes }: PoolRequest) => {
  const work: Promise<AnalysedDocument | Layout> = kind === 'layout' ? readBytes(name, bytes) : analyseBytes(name, bytes);
  work.then(
    (result) => port.postMessage({ id, ok: true, result } satisfies PoolReply),
    (e: unknown) => {
      const reply: PoolReply =
        e instanceof InputError
          ? { id, ok: false, input: { code: e.code, file: e.file, message: e.message } }
          : { id, ok: false, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      port.postMessage(reply);
    },
  );
});
