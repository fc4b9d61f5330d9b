// Riding out a database restart or a full disk: a step that failed because the connection went away (the server
// restarting, a network cut) or the store could not write is tried again after a pause that grows to a few
// seconds, until it works or the worker stops. Any other error is the step's own and is thrown at once.
import { storeFault } from '../store/faults.js';

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
  /** Called once when a step first finds the database gone (or its disk full), and once when it works again. */
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
      if (!storeFault(e) || options.signal?.aborted) throw e;
      if (!lost) options.onLost?.(e);
      lost = true;
      await sleep(delay, options.signal);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 4000);
    }
  }
}
