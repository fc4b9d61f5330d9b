// Riding out a database restart: a step that failed because the connection went away (the server restarting, a
// network cut) is tried again after a pause that grows to a few seconds, until it works or the worker stops. Any
// other error is the step's own and is thrown at once.

/** PostgreSQL SQLSTATEs and socket errors that mean "no connection right now", not "this query is wrong". */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const CONNECTION_MESSAGES = /Connection terminated|connection error|Client was closed|not queryable|terminating connection|the database system is (starting up|shutting down)/i;

export function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return e instanceof Error && CONNECTION_MESSAGES.test(e.message);
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export interface ReconnectOptions {
  /** Stops retrying (the last connection error is thrown). */
  signal?: AbortSignal | undefined;
  /** Called once when a step first finds the database gone, and once when it works again. */
  onLost?: ((e: unknown) => void) | undefined;
  onBack?: (() => void) | undefined;
  /** First pause and longest pause, in ms. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export async function withReconnect<T>(step: () => Promise<T>, options: ReconnectOptions = {}): Promise<T> {
  let delay = options.minDelayMs ?? 250;
  let lost = false;
  for (;;) {
    try {
      const value = await step();
      if (lost) options.onBack?.();
      return value;
    } catch (e) {
      if (!isConnectionError(e) || options.signal?.aborted) throw e;
      if (!lost) options.onLost?.(e);
      lost = true;
      await sleep(delay, options.signal);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 4000);
    }
  }
}
