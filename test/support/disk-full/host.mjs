// The PGlite thread's entry under the disk-full case (./preload.mjs swaps it in): while the test's control file
// says writes: 'enospc', every write to a file under the data directory fails with ENOSPC, as on a full file
// system; then the real entry (src/store/pglite-host.ts) runs as usual.
import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { workerData } from 'node:worker_threads';

const under = resolve(workerData.dir) + sep;
const ours = new Set();
const open = fs.openSync;
fs.openSync = function (path, ...rest) {
  const fd = open.call(this, path, ...rest);
  if (typeof path === 'string' && resolve(path).startsWith(under)) ours.add(fd);
  return fd;
};
const close = fs.closeSync;
fs.closeSync = function (fd) {
  ours.delete(fd);
  return close.call(this, fd);
};
const write = fs.writeSync;
fs.writeSync = function (fd, ...rest) {
  if (ours.has(fd) && JSON.parse(fs.readFileSync(workerData.control, 'utf8')).writes === 'enospc') {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  }
  return write.call(this, fd, ...rest);
};

await import(workerData.realEntry);
