// What went wrong beneath the store, when it is not the query's own fault: the database cannot be reached right now
// (down, restarting, a network cut, no free connection), or the disk it writes to is full. Both pass by themselves;
// the server answers them at once with a clear message instead of an internal error, and the queue's workers wait
// and try again.

export type StoreFault = 'unavailable' | 'disk-full';

/** PostgreSQL SQLSTATEs and socket errors that mean "no connection right now", not "this query is wrong". */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const CONNECTION_MESSAGES =
  /Connection terminated|connection error|Client was closed|not queryable|terminating connection|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i;
/** ENOSPC from the file system (PGlite writes through it), disk_full (53100) from PostgreSQL. */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', '53100']);
const DISK_FULL_MESSAGES = /No space left on device|ENOSPC|Disk quota exceeded/i;

export function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return e instanceof Error && CONNECTION_MESSAGES.test(e.message);
}

function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && DISK_FULL_CODES.has(code)) return true;
  return e instanceof Error && DISK_FULL_MESSAGES.test(e.message);
}

/** The fault an error reports, following its causes (kysely and our own wrappers keep the original as `cause`). */
export function storeFault(e: unknown): StoreFault | undefined {
  for (let error = e, depth = 0; error && depth < 5; error = (error as { cause?: unknown }).cause, depth++) {
    if (isDiskFull(error)) return 'disk-full';
    if (isConnectionError(error)) return 'unavailable';
  }
  return undefined;
}
