// The thread that hosts the embedded database on disk (pglite-thread.ts starts it): it opens PGlite on the data
// directory, runs the statements it is sent one at a time and answers each, and says at once when the file system
// refuses a write for want of space. That last message is why it exists: after a failed WAL write PGlite can spin
// in its WebAssembly PostgreSQL, holding its thread for good, and only the main thread can then end it.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite, type PgliteLocation } from './pglite-open.js';
import type { HostReply, HostRequest } from './pglite-thread.js';

const port = parentPort!;
const post = (reply: HostReply): void => port.postMessage(reply);

// PGlite's file system (Emscripten's NODEFS) writes through fs.writeSync of this thread's own `fs` module; the
// main thread's is not touched. The write still fails as before: PostgreSQL sees its error.
const writeSync = fs.writeSync;
fs.writeSync = function (this: unknown, ...args: unknown[]) {
  try {
    return (writeSync as (...a: unknown[]) => number).apply(this, args);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') post({ type: 'disk-full', code });
    throw e;
  }
} as typeof fs.writeSync;

/** A PostgreSQL error as data: its message and its fields (code, detail, …), which a structured clone would drop. */
function errorData(e: unknown): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (e && typeof e === 'object') for (const [k, v] of Object.entries(e)) if (typeof v === 'string') fields[k] = v;
  return { message: e instanceof Error ? e.message : String(e), fields };
}

let pglite: PGlite;
try {
  pglite = await openPglite(workerData as PgliteLocation);
} catch (e) {
  post({ type: 'open-failed', error: errorData(e) });
  process.exit(1);
}
post({ type: 'ready' });

// The main thread sends one statement at a time (the driver's lock), so statements run in the order they come.
port.on('message', (request: HostRequest) => {
  if (request.type === 'close') {
    void pglite.close().finally(() => process.exit(0));
    return;
  }
  const { id, sql, params } = request;
  pglite.query(sql, params).then(
    (result) => post({ type: 'result', id, rows: result.rows, affectedRows: result.affectedRows }),
    (e: unknown) => post({ type: 'error', id, error: errorData(e) }),
  );
});
