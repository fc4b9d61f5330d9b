// Room on the disk of the embedded database, checked before each write that grows it. PGlite cannot survive a
// full disk: a commit whose WAL write fails keeps retrying inside the WebAssembly PostgreSQL (XLogFlush), holding
// the process's only thread, so the server answers nothing, ignores SIGTERM and never recovers (measured on an
// 48 MB tmpfs). So a write is refused, as disk full, while the free space is short of what it might take; once
// space is freed the same write goes through. (PostgreSQL survives a full disk on its own and says so, SQLSTATE
// 53100; see faults.ts.)
import { statfs } from 'node:fs/promises';

/** Free bytes on the file system holding a directory. */
export type FreeSpace = (dir: string) => Promise<number>;

const freeSpace: FreeSpace = async (dir) => {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
};

/**
 * Always left free: the WAL between checkpoints (the embedded store checkpoints every 64 MB, see open.ts) and room
 * for a checkpoint to write. A write of n bytes of input also needs about 3 n: the row, its indexes and its WAL.
 */
export const DISK_RESERVE_BYTES = 128 * 1024 * 1024;

/** The error of a refused write: the store's fault classification (faults.ts) sees a full disk. */
export class DiskFullError extends Error {
  readonly code = 'ENOSPC';
  constructor(dir: string, free: number, needed: number) {
    super(`数据目录 ${dir} 所在磁盘的剩余空间只有 ${mib(free)}，写入至少需要 ${mib(needed)}（No space left on device）`);
  }
}

const mib = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Throws DiskFullError when writing `bytes` of input might not fit in the free space of `dir`'s disk. */
export function diskSpaceGuard(dir: string, free: FreeSpace = freeSpace): (bytes: number) => Promise<void> {
  return async (bytes) => {
    const available = await free(dir);
    const needed = DISK_RESERVE_BYTES + 3 * bytes;
    if (available < needed) throw new DiskFullError(dir, available, needed);
  };
}
